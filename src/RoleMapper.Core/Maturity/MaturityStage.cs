namespace RoleMapper.Core.Maturity;

/// <summary>One cell of the LGA's table: a strand described at one stage.</summary>
/// <param name="IsBaseline">
/// True for Early only. Its statements ("No Apprenticeship Policy in place") describe where every council starts, so
/// they are shown but never ticked, and every council is at least at this stage.
/// </param>
public sealed record MaturityStage(
    MaturityLevel Level,
    string Id,
    bool IsBaseline,
    IReadOnlyList<MaturityStatement> Statements)
{
    /// <summary>The LGA's name for the stage: "Early", "Developing", "Maturing" or "Mature".</summary>
    public string Title => Level.ToString();
}
