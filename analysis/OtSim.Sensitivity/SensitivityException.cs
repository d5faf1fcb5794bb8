namespace OtSim.Sensitivity;

/// <summary>Data that cannot be analysed as asked (wrong layout, no variance, no case of interest): a one-line reason.</summary>
public sealed class SensitivityException(string message) : Exception(message);
