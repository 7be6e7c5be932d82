using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace RoleMapper.Core.Maturity;

/// <summary>
/// Turns the model file into a <see cref="MaturityModel"/>, refusing any file that breaks the model's shape. The stage
/// rule relies on that shape (four stages in order, Early the only baseline, ids unique), so it is checked once here.
/// </summary>
internal static partial class MaturityModelReader
{
    /// <summary>The LGA model has five strands; a file with another number is a broken or a different model.</summary>
    public const int StrandCount = 5;

    private static readonly MaturityLevel[] Levels = Enum.GetValues<MaturityLevel>();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A misspelt field ("evidance") would otherwise be dropped without a word.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <param name="origin">Names the file in error messages.</param>
    public static MaturityModel Read(string json, string origin)
    {
        MaturityModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MaturityModelFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new MaturityModelException($"{origin} is not a valid maturity model file: {e.Message}", e);
        }
        if (file is null)
        {
            throw Fail(origin, "is empty");
        }
        var source = Required(file.Source, origin, "source");
        if (file.Strands is not { } strands || strands.Count != StrandCount)
        {
            throw Fail(origin, $"has {file.Strands?.Count ?? 0} strands; the LGA model has {StrandCount}");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var read = strands.Select((s, i) => ReadStrand(s, $"{origin}, strand {i + 1}", ids)).ToList();
        return new MaturityModel(source, file.Description ?? "", read);
    }

    private static MaturityStrand ReadStrand(StrandFile? file, string where, HashSet<string> ids)
    {
        if (file is null)
        {
            throw Fail(where, "is null");
        }
        var id = SlugId(file.Id, where);
        Unique(ids, id, where);
        where = $"{where} ('{id}')";
        var title = Required(file.Title, where, "title");
        if (file.Stages is not { } stages || stages.Count != Levels.Length)
        {
            throw Fail(where, $"has {file.Stages?.Count ?? 0} stages; every strand has {Levels.Length}: "
                + string.Join(", ", Levels.Select(StageId)));
        }
        var read = Levels.Select(level => ReadStage(stages[(int)level], level, id, $"{where}, stage {(int)level + 1}", ids));
        var longTitle = string.IsNullOrWhiteSpace(file.LongTitle) ? null : file.LongTitle;
        return new MaturityStrand(id, title, longTitle, read.ToList());
    }

    private static MaturityStage ReadStage(StageFile? file, MaturityLevel level, string strandId, string where, HashSet<string> ids)
    {
        var id = StageId(level);
        if (file is null)
        {
            throw Fail(where, "is null");
        }
        if (file.Id != id)
        {
            throw Fail(where, $"is '{file.Id}' but should be '{id}': stages run from early to mature");
        }
        where = $"{where} ('{id}')";
        // Only Early is the baseline: the stage rule counts every council as at least Early and ticks nothing there.
        var baseline = level == MaturityLevel.Early;
        if (file.Baseline != baseline)
        {
            throw Fail(where, baseline ? "must be marked \"baseline\": true" : "cannot be the baseline; only early is");
        }
        if (file.Statements is not { Count: > 0 } statements)
        {
            throw Fail(where, "has no statements");
        }
        var prefix = $"{strandId}.{id}.";
        var read = statements.Select((s, i) => ReadStatement(s, prefix, $"{where}, statement {i + 1}", ids));
        return new MaturityStage(level, id, baseline, read.ToList());
    }

    private static MaturityStatement ReadStatement(StatementFile? file, string prefix, string where, HashSet<string> ids)
    {
        if (file is null)
        {
            throw Fail(where, "is null");
        }
        var id = Required(file.Id, where, "id");
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || !Slug().IsMatch(id[prefix.Length..]))
        {
            throw Fail(where, $"has the id '{id}'; it should be '{prefix}' and a short slug such as 'skills-mapping'");
        }
        Unique(ids, id, where);
        var text = Required(file.Text, $"{where} ('{id}')", "text");
        var evidence = (file.Evidence ?? []).Select(hint => hint is not null && EvidenceHints.All.Contains(hint)
            ? hint
            : throw Fail(where, $"('{id}') has the evidence hint '{hint}'; known hints are "
                + string.Join(", ", EvidenceHints.All)));
        return new MaturityStatement(id, text, evidence.ToList());
    }

    private static string StageId(MaturityLevel level) => level.ToString().ToLowerInvariant();

    private static string SlugId(string? id, string where) =>
        id is not null && Slug().IsMatch(id)
            ? id
            : throw Fail(where, $"has the id '{id}'; ids are short lower-case slugs such as 'workforce-development'");

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Fail(where, $"has no {field}") : value;

    private static void Unique(HashSet<string> ids, string id, string where)
    {
        if (!ids.Add(id))
        {
            throw Fail(where, $"repeats the id '{id}'; every id in the model must be unique");
        }
    }

    private static MaturityModelException Fail(string where, string problem) => new($"{where} {problem}.");
}
