using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>A candidate standard with its final score and the evidence behind it.</summary>
/// <param name="Evidence">How the title's words met the standard; null for a leadership standard with no word in common.</param>
/// <param name="Leadership">Brought in because the title is a head of service, director or chief executive.</param>
internal sealed record ScoredStandard(StandardEntry Entry, float Score, Evidence? Evidence, bool Leadership)
{
    /// <summary>Whether the best name was met only through a corrected spelling or a related word.</summary>
    public bool Guessed => Evidence is { BestNameSlots: var slots }
        && slots.Any(s => s.By is { Source: WordSource.Corrected or WordSource.Related });
}
