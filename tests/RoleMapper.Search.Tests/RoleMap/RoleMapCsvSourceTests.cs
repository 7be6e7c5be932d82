using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.RoleMap;

/// <summary>The CSV source parses once, and again only when the named file is written.</summary>
public sealed class RoleMapCsvSourceTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"role-map-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(path);

    [Fact]
    public async Task Load_KeepsTheParsedMap_UntilTheFileIsWrittenAgain()
    {
        File.Copy(SnapshotIndex.SmallMapPath, path);
        var source = new RoleMapCsvSource(path);

        var first = await source.LoadAsync();
        Assert.Same(first, await source.LoadAsync());

        File.WriteAllLines(path, File.ReadAllLines(SnapshotIndex.SmallMapPath).Take(3));
        // Set the time outright: two writes within the file system's clock tick must still count as a change.
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var edited = await source.LoadAsync();

        Assert.Equal((11, 2), (first.Count, edited.Count));
    }

    [Fact]
    public async Task Load_BuiltInMap_IsParsedOnce()
    {
        var source = new RoleMapCsvSource(null);

        Assert.Same(await source.LoadAsync(), await source.LoadAsync());
    }
}
