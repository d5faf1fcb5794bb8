namespace OtSim.Contracts;

/// <summary>Error texts grains and the client agree on.</summary>
public static class GrainErrors
{
    /// <summary>Ends the message of a classroom whose state for a cell in progress was lost: the client runs the cell again.</summary>
    public const string CellStateLost = "its state for the cell was lost (e.g. with its silo), so the cell must be run again.";
}
