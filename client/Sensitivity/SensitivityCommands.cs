namespace OtSim.Client.Sensitivity;

/// <summary>Routes <c>design</c>, <c>sensitivity</c> and <c>discover</c>, so the dispatcher needs one case for the three.</summary>
public static class SensitivityCommands
{
    /// <summary>Runs one of the three commands; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(string command, string[] args, CancellationToken cancellationToken) => command switch
    {
        "design" => DesignCommand.ExecuteAsync(args, cancellationToken),
        "sensitivity" => SensitivityCommand.ExecuteAsync(args, cancellationToken),
        _ => DiscoverCommand.ExecuteAsync(args, cancellationToken),
    };

    /// <summary>The usage text of one of the three commands.</summary>
    public static string Usage(string command) => command switch
    {
        "design" => DesignCommand.Usage,
        "sensitivity" => SensitivityCommand.Usage,
        _ => DiscoverCommand.Usage,
    };
}
