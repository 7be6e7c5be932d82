using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>A candidate standard with its final score and the evidence behind it.</summary>
/// <param name="Evidence">How the title's words met the standard; null for a leadership standard with no word in common.</param>
/// <param name="Leadership">Brought in because the title is a head of service, director or chief executive.</param>
/// <param name="Fallback">Offered as a general standard for the role word ("officer", "manager").</param>
internal sealed record ScoredStandard(StandardEntry Entry, float Score, Evidence? Evidence, bool Leadership, bool Fallback = false)
{
    /// <summary>The ONS unit group whose jobs match this standard, when the title belongs to one that does.</summary>
    public string? OccupationGroup { get; init; }

    /// <summary>A general standard offered beside standards that fit well, rather than because nothing did.</summary>
    public bool BesideAGoodMatch { get; init; }

    /// <summary>Whether the best name was met only through guesses: a corrected spelling or a related word.</summary>
    public bool OnlyGuessed => Evidence is { BestNameSlots: var slots }
        && slots.Any(s => s.Value > 0)
        && slots.Where(s => s.Value > 0).All(s => s.StemOnly || s.By is { Source: WordSource.Corrected or WordSource.Related });

    /// <summary>The standard's own title says exactly the job: the canonical answer, even when another standard lists it too.</summary>
    public bool NamedAfterTheJob => Evidence is { BestName.Kind: Indexing.NameKind.Title, NameScore: >= 0.999f } && !Guessed;

    /// <summary>Whether no word of the title met the best name as typed (only synonyms or guesses did).</summary>
    public bool NothingTyped => Evidence is not { BestNameSlots: var slots }
        || !slots.Any(s => s.Value > 0 && !s.StemOnly && s.By is { Source: WordSource.Typed });

    /// <summary>
    /// Whether the title's weightiest word ("commissioning" in "Commissioning Officer") met the best name only through
    /// another reading (a synonym, a correction, a related word): the rest of the title then says little on its own.
    /// </summary>
    public bool KeyWordRead => Evidence is { BestNameSlots: var slots, Job.Slots: var words } && words.Count > 1
        && slots[KeyWord(words)] is { Value: > 0, By.Source: not WordSource.Typed };

    private static int KeyWord(List<QuerySlot> words)
    {
        var key = 0;
        for (var i = 1; i < words.Count; i++)
        {
            key = words[i].Weight > words[key].Weight ? i : key;
        }
        return key;
    }

    /// <summary>Whether the best name was met in part through a corrected spelling or a related word.</summary>
    public bool Guessed => Evidence is { BestNameSlots: var slots }
        && slots.Any(s => s.By is { Source: WordSource.Corrected or WordSource.Related });
}
