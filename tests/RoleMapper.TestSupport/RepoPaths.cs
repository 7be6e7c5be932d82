using System.Reflection;

namespace RoleMapper.TestSupport;

/// <summary>Paths in the repository, read in place so tests use the same files a user would.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string SmallOldFeed => File("tests", "fixtures", "feed-2025-05-29-small.json.gz");
    public static string SmallNewFeed => File("tests", "fixtures", "feed-2026-08-22-small.json.gz");
    public static string FullOldFeed => File("data", "history", "standards-2025-05-29.json.gz");
    public static string FullNewFeed => File("data", "standards", "standards-2026-08-22.json.gz");

    private static string FindRoot()
    {
        var baked = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (baked is not null && Directory.Exists(Path.Combine(baked, "data")))
        {
            return baked;
        }
        // Fall back to walking up from the test binaries, for a checkout that moved after building.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "RoleMapper.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (RoleMapper.sln) from " + AppContext.BaseDirectory);
    }
}
