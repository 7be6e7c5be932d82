namespace RoleMapper.Core.Maturity;

/// <summary>
/// The LGA Apprenticeships Maturity Model (December 2017): five strands, each described at four stages, read from
/// <c>data/maturity-model.json</c>. It never changes while the app runs, so load it once and share it (a singleton).
/// </summary>
/// <remarks>
/// A loaded model always has five strands, each with the stages Early, Developing, Maturing and Mature in that order,
/// every stage with at least one statement, Early (and only Early) marked as the baseline, and every id unique.
/// <see cref="StageRule"/> works out the stage a council has reached; <see cref="AssessmentComparison"/> what moved
/// between two assessments. See docs/maturity-model.md.
/// </remarks>
public sealed class MaturityModel
{
    /// <summary>Where the model file sits, relative to the app's folder (the Core project copies it there).</summary>
    public const string DefaultRelativePath = "data/maturity-model.json";

    private readonly Dictionary<string, LocatedStatement> statements;

    internal MaturityModel(string source, string description, IReadOnlyList<MaturityStrand> strands)
    {
        Source = source;
        Description = description;
        Strands = strands;
        Statements = strands
            .SelectMany(strand => strand.Stages.SelectMany(stage =>
                stage.Statements.Select(statement => new LocatedStatement(strand, stage, statement))))
            .ToList();
        statements = Statements.ToDictionary(s => s.Statement.Id, StringComparer.Ordinal);
    }

    /// <summary>Where the statements come from, to credit on screen and in exports.</summary>
    public string Source { get; }

    /// <summary>The file's own explanation of the encoding.</summary>
    public string Description { get; }

    /// <summary>The five strands in the LGA's order.</summary>
    public IReadOnlyList<MaturityStrand> Strands { get; }

    /// <summary>Every statement with its strand and stage, strand by strand, lowest stage first.</summary>
    public IReadOnlyList<LocatedStatement> Statements { get; }

    /// <summary>The strand with this id, or null.</summary>
    public MaturityStrand? FindStrand(string id) => Strands.FirstOrDefault(s => s.Id == id);

    /// <summary>The statement with this id and where it sits, or null if the model has no such statement.</summary>
    public LocatedStatement? FindStatement(string id) => statements.GetValueOrDefault(id);

    /// <summary>
    /// Whether a council can tick this statement: it exists and is not a baseline (Early) one. Check posted ids with
    /// this before storing them; the stage rule itself ignores any id that fails it.
    /// </summary>
    public bool IsTickable(string id) => FindStatement(id) is { Stage.IsBaseline: false };

    /// <summary>Reads and checks a model file.</summary>
    /// <exception cref="MaturityModelException">The file cannot be read or breaks the model's shape.</exception>
    public static MaturityModel Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MaturityModelException($"Cannot read the maturity model file {path}: {e.Message}", e);
        }
        return MaturityModelReader.Read(json, path);
    }

    /// <summary>Reads the model file that ships with the app (<see cref="DefaultRelativePath"/>).</summary>
    /// <exception cref="MaturityModelException">The file is missing or broken.</exception>
    public static MaturityModel LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultRelativePath));
}
