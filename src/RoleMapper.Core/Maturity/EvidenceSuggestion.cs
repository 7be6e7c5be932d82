namespace RoleMapper.Core.Maturity;

/// <summary>One rule of <see cref="MaturityEvidenceRules"/> applied to a council's figures.</summary>
/// <param name="Hint">The evidence hint the rule belongs to (<see cref="EvidenceHints"/>).</param>
/// <param name="Rule">What the rule asks, as a council reads it: "At least one role has a confirmed standard".</param>
/// <param name="Finding">What the council's data shows: "12 roles have one".</param>
public sealed record EvidenceCheck(string Hint, string Rule, string Finding, bool Passed);

/// <summary>
/// RoleMapper's suggested tick for one statement: met when every rule of every hint the statement carries passes. It is
/// only a suggestion; the council ticks or not.
/// </summary>
public sealed record EvidenceSuggestion(IReadOnlyList<EvidenceCheck> Checks)
{
    public bool SuggestMet => Checks.Count > 0 && Checks.All(c => c.Passed);
}
