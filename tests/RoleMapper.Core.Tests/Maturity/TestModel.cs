namespace RoleMapper.Core.Tests.Maturity;

/// <summary>The shipped model, loaded once, and a short way to write down which statements a council meets.</summary>
internal static class TestModel
{
    public static MaturityModel Model { get; } = MaturityModel.LoadDefault();

    public static MaturityStrand Strand(string id) =>
        Model.FindStrand(id) ?? throw new ArgumentException($"No strand '{id}' in the model.", nameof(id));

    /// <summary>
    /// The met ids a short spec names, read left to right: "developing" adds every statement of that stage,
    /// "maturing.trailblazers" one statement, and a leading "-" removes instead. An empty spec meets nothing.
    /// </summary>
    public static HashSet<string> Met(string strandId, string spec)
    {
        var strand = Strand(strandId);
        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var remove = token.StartsWith('-');
            var name = remove ? token[1..] : token;
            var ids = Enum.TryParse<MaturityLevel>(name, ignoreCase: true, out var level)
                ? strand.Stage(level).Statements.Select(s => s.Id)
                : [$"{strandId}.{name}"];
            foreach (var id in ids)
            {
                if (remove ? !met.Remove(id) : !met.Add(id))
                {
                    throw new ArgumentException($"The spec '{spec}' adds or removes '{id}' twice, or removes it unmet.");
                }
            }
        }
        return met;
    }
}
