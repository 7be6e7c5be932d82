using System.Runtime;

namespace RoleMapper.Cli;

/// <summary>
/// .NET's multi-core JIT: each command records which methods it compiled, and the next run of that command compiles
/// them on the spare core before they are needed. Precompiling (docs/adr/0006) leaves the generic code of EF Core and
/// ClosedXML to the JIT; this takes about 0.3 s off an export of 5,000 roles on two cores. The profiles live in the
/// user's local application data; when that cannot be written the command runs as before.
/// </summary>
internal static class StartupProfile
{
    public static void Start(string[] args)
    {
        try
        {
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            if (!Path.IsPathRooted(data))
            {
                return; // No home folder (a service account): never fall back to the current directory.
            }
            var folder = Path.Combine(data, "RoleMapper", "startup");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            // One profile per command: an export and a bulk match compile different code.
            ProfileOptimization.StartProfile($"{CommandName(args)}.jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Only a speed-up: a read-only or missing home folder must not stop the command.
        }
    }

    private static string CommandName(string[] args) =>
        args.Length > 0 && args[0].Length > 0 && args[0].All(char.IsAsciiLetterLower) ? args[0] : "other";
}
