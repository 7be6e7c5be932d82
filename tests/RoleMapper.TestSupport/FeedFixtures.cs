using System.IO.Compression;
using System.Text.Json.Nodes;

namespace RoleMapper.TestSupport;

/// <summary>Reads fixture feeds as editable JSON and writes altered copies, to build broken feeds from real records.</summary>
public static class FeedFixtures
{
    public static JsonArray Load(string path)
    {
        using var file = System.IO.File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        return JsonNode.Parse(gzip)!.AsArray();
    }

    public static JsonObject Record(JsonArray feed, string reference, string version) =>
        feed.Select(n => n!.AsObject())
            .Single(r => (string?)r["referenceNumber"] == reference && (string?)r["version"] == version);

    public static string Write(JsonArray feed, string folder, string name = "feed.json")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, feed.ToJsonString());
        return path;
    }

    public static byte[] Bytes(JsonArray feed) => System.Text.Encoding.UTF8.GetBytes(feed.ToJsonString());
}
