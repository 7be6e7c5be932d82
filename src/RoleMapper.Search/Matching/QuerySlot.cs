namespace RoleMapper.Search.Matching;

/// <summary>Where a way of reading a word came from; anything but what was typed counts for a little less.</summary>
internal enum WordSource
{
    Typed,
    /// <summary>From data/matching/synonyms.txt: "refuse" also reads "waste".</summary>
    Synonym,
    /// <summary>A spelling slip corrected: "occupattional" reads "occupational".</summary>
    Corrected,
    /// <summary>A word of the same root or a run-together word split: "accountancy" near "accountant", "forklift" as "fork lift".</summary>
    Related,
}

/// <summary>
/// One way to satisfy a query word: any one of <see cref="Terms"/> ("loader/driver"), or all of them together for a
/// several-word reading ("carer" as "care worker"), where part of them counts as part of a match unless
/// <see cref="Strict"/>: a reading of several title words at once ("maintenance operative" as "property maintenance")
/// counts only whole, or "operative" would be met by the "maintenance" the title already has.
/// </summary>
internal sealed record SlotOption(int[] Terms, bool AllNeeded, float Factor, WordSource Source, string Written, bool Strict = false)
{
    /// <summary>The title words this reading replaces, when more than the one slot ("housing options").</summary>
    public string? From { get; init; }
}

/// <summary>A word of the title (or a slash group, "Loader/Driver") with its readings and how much it weighs.</summary>
internal sealed class QuerySlot(string written, string[] stems, string[] words, float weight, List<SlotOption> options)
{
    /// <summary>The typed words as written, lower case, one per stem.</summary>
    public string[] Words { get; } = words;
    /// <summary>As typed, lower case, for reasons.</summary>
    public string Written { get; } = written;
    /// <summary>The typed words' stems (two or more for a slash group), also those no standard uses.</summary>
    public string[] Stems { get; } = stems;
    public float Weight { get; set; } = weight;
    /// <summary>The typed reading first.</summary>
    public List<SlotOption> Options { get; } = options;
}

/// <summary>One way of naming the job (most titles have one; "Cook / Cleaner" has two).</summary>
internal sealed record JobQuery(string Text, List<QuerySlot> Slots, string ExactKey)
{
    public float TotalWeight { get; } = Slots.Sum(s => s.Weight);

    private readonly HashSet<int> terms = Slots.SelectMany(s => s.Options).SelectMany(o => o.Terms).Where(t => t >= 0).ToHashSet();

    /// <summary>Whether any reading of any word of the job is in the name: a cheap test before scoring it.</summary>
    public bool SharesAWordWith(Indexing.IndexedName name)
    {
        foreach (var term in name.Terms)
        {
            if (terms.Contains(term))
            {
                return true;
            }
        }
        return false;
    }
}
