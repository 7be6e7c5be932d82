using System.IO.Compression;
using System.Text.Json;
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

    /// <summary>
    /// A copy of a (large, gzipped) feed with only the records <paramref name="keep"/> accepts, given each record and its
    /// position; streamed record by record, so the full 72 MB snapshot is never parsed whole.
    /// </summary>
    public static string WriteFiltered(string source, string folder, Func<JsonElement, int, bool> keep, string name = "filtered.json")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using var input = new GZipStream(System.IO.File.OpenRead(source), CompressionMode.Decompress);
        using var output = System.IO.File.Create(path);
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartArray();
        var position = 0;
        foreach (var record in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(input).ToBlockingEnumerable())
        {
            if (keep(record, position++))
            {
                record.WriteTo(writer);
            }
        }
        writer.WriteEndArray();
        return path;
    }
}
