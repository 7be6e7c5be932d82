namespace RoleMapper.Cli;

/// <summary>The same words from every command whose input file cannot be read, before any work starts.</summary>
internal static class InputFiles
{
    /// <summary>Why <paramref name="file"/> cannot be read as a file, in one sentence; null when it can be opened.</summary>
    public static string? Problem(FileInfo file) =>
        Directory.Exists(file.FullName) ? $"{file.FullName} is a folder, not a file."
        : !file.Exists ? $"{file.FullName} does not exist."
        : null;
}
