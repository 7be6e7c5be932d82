using System.Data.Common;
using System.Text.Json;

namespace RoleMapper.Cli;

/// <summary>
/// Turns what a command throws into the one sentence its user needs, printed on stderr with exit code 1: handled once,
/// where commands are dispatched, so no command can leak a .NET stack trace for a mistake the user can fix.
/// Only a fault in RoleMapper itself (an exception of no kind listed here) also prints its trace, because that is
/// for a developer to read.
/// </summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (Describe(e) is { } sentence)
        {
            await Console.Error.WriteLineAsync(sentence);
            return 1;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"RoleMapper failed unexpectedly; please report this: {e}");
            return 1;
        }
    }

    /// <summary>One line for an error the user caused, or null for a fault in RoleMapper.</summary>
    public static string? Describe(Exception e) => e switch
    {
        UserError => OneLine(e.Message),
        FileNotFoundException { FileName: { } file } => $"{file} does not exist.",
        DirectoryNotFoundException => OneLine(e.Message),
        UnauthorizedAccessException => OneLine($"Permission denied: {e.Message}"),
        IOException => OneLine($"Cannot read or write a file: {e.Message}"),
        DbException => OneLine($"The database reported an error: {e.Message}"),
        JsonException => OneLine($"The file is not valid JSON: {e.Message}"),
        _ => null,
    };

    /// <summary>Drivers put detail on further lines (SQLite's "near ..."); the user gets the first.</summary>
    public static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return line.Length == 0 ? "" : line[0];
    }
}
