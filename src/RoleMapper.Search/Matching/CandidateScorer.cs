using RoleMapper.Search.Indexing;

namespace RoleMapper.Search.Matching;

/// <summary>How well one query word was met by one name: how much (0 to 1), where in the name, and by which reading.</summary>
/// <param name="StemOnly">Met by a different word with the same stem ("organisation" for "organiser").</param>
internal readonly record struct SlotMatch(float Value, int Positions, SlotOption? By, bool StemOnly = false);

/// <summary>The evidence for one standard: its best-matching name, and what other names and its overview added.</summary>
internal sealed record Evidence(
    JobQuery Job,
    IndexedName? BestName,
    SlotMatch[] BestNameSlots,
    float[] OtherNames,
    float[] Text,
    WordFeatures Words);

/// <summary>
/// How the words of a job met one standard, each a feature of the ranking model (<see cref="Ranking.Features"/>).
/// </summary>
/// <param name="NameScore">(weight of the query words the best name has / weight of all) x (0.6 + 0.4 x weight of the
/// name's words matched / weight of all its words), times 0.97 for a typical job title and 0.85 for a keyword.</param>
/// <param name="OtherNames">The weighted share of the query words the best name lacks that other names have.</param>
/// <param name="Description">The weighted share of the query words no name has that the overview has.</param>
/// <param name="OwnTitle">The weighted share of the query words in the standard's own title.</param>
/// <param name="Aboutness">How much of the standard is about the title's words: its names and its description.</param>
internal readonly record struct WordFeatures(
    float NameScore,
    NameKind? BestKind,
    float OtherNames,
    float Description,
    float OwnTitle,
    float Aboutness,
    bool Guessed,
    bool OnlyGuessed,
    bool NothingTyped,
    bool KeyWordRead,
    bool SharesOnlyTheRoleWord)
{
    /// <summary>The standard's own title says exactly the job: the canonical answer, even when another lists it too.</summary>
    public bool NamedAfterTheJob => BestKind == NameKind.Title && NameScore >= 0.999f && !Guessed;

    /// <summary>A typical job title says exactly the job.</summary>
    public bool ListsTheJob => BestKind == NameKind.JobTitle && NameScore >= 0.999f * CandidateScorer.JobTitleFactor && !Guessed;

    /// <summary>Which of two jobs of a title ("Cook / Cleaner") the standard fits better.</summary>
    public bool Beats(WordFeatures other) =>
        NameScore > other.NameScore || (NameScore == other.NameScore && OtherNames + Description > other.OtherNames + other.Description);
}

internal static class CandidateScorer
{
    /// <summary>A different word that only shares the stem ("administration" for "administrator") counts this much.</summary>
    public const float StemOnlyFactor = 0.85f;
    public const float NameCoverWeight = 0.4f;
    /// <summary>Just below the standard's own title, so the standard named after the job wins a tie with one that lists it.</summary>
    public const float JobTitleFactor = 0.97f;
    public const float KeywordFactor = 0.85f;

    /// <summary>The score alone, for the whole candidate pool: no allocation (the evidence is worked out again, in full,
    /// only for the few standards that are shown).</summary>
    public static WordFeatures Quick(StandardEntry entry, JobQuery job)
    {
        var n = job.Slots.Count;
        if (scratch is null || scratch.Current.Length < n)
        {
            scratch = new Scratch(Math.Max(n, TitleQueryBuilder.MaxSlots));
        }
        Array.Clear(scratch.Other, 0, n);
        return Run(entry, job, scratch.Current, scratch.Best, scratch.Other, scratch.Text).Words;
    }

    public static Evidence Score(StandardEntry entry, JobQuery job)
    {
        var n = job.Slots.Count;
        var (best, other, text) = (new SlotMatch[n], new float[n], new float[n]);
        var result = Run(entry, job, new SlotMatch[n], best, other, text);
        return new Evidence(job, result.BestName, result.BestSlots, other, text, result.Words);
    }

    private sealed class Scratch(int size)
    {
        public SlotMatch[] Current { get; } = new SlotMatch[size];
        public SlotMatch[] Best { get; } = new SlotMatch[size];
        public float[] Other { get; } = new float[size];
        public float[] Text { get; } = new float[size];
    }

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly record struct Outcome(IndexedName? BestName, SlotMatch[] BestSlots, WordFeatures Words);

    /// <param name="otherNames">Zeroed on entry; on return, what other names add per query word.</param>
    private static Outcome Run(StandardEntry entry, JobQuery job, SlotMatch[] current, SlotMatch[] bestSlots, float[] otherNames, float[] text)
    {
        var slots = job.Slots;
        var n = slots.Count;
        Array.Clear(bestSlots, 0, n);
        IndexedName? bestName = null;
        var bestScore = 0f;
        var namesMatched = 0;
        var ownTitle = 0f;
        foreach (var name in entry.Names)
        {
            // Most names of a candidate share no word with the query: skip them before the slot-by-slot work.
            if (!job.SharesAWordWith(name))
            {
                continue;
            }
            var kind = name.Kind switch
            {
                NameKind.Keyword => KeywordFactor,
                NameKind.JobTitle => JobTitleFactor,
                _ => 1f,
            };
            var matched = 0f;
            var positions = 0;
            for (var s = 0; s < n; s++)
            {
                current[s] = Match(slots[s], name);
                matched += slots[s].Weight * current[s].Value;
                positions |= current[s].Positions;
                otherNames[s] = Math.Max(otherNames[s], current[s].Value * kind);
            }
            if (matched <= 0)
            {
                continue;
            }
            namesMatched++;
            if (name.Kind == NameKind.Title)
            {
                ownTitle = matched / job.TotalWeight;
            }
            var nameCover = name.TotalWeight > 0 ? name.WeightOf(positions) / name.TotalWeight : 1f;
            var score = kind * matched / job.TotalWeight * (1 - NameCoverWeight + NameCoverWeight * nameCover);
            if (score > bestScore)
            {
                bestScore = score;
                bestName = name;
                (current, bestSlots) = (bestSlots, current);
            }
        }

        var otherShare = 0f;
        var textShare = 0f;
        var described = 0f;
        for (var s = 0; s < n; s++)
        {
            var inText = InText(slots[s], entry.TextTerms);
            described += slots[s].Weight * inText;
            var inBest = bestSlots[s].Value;
            otherNames[s] = Math.Max(0, otherNames[s] - inBest);
            text[s] = otherNames[s] > 0 || inBest > 0 ? 0 : inText;
            otherShare += slots[s].Weight * otherNames[s];
            textShare += slots[s].Weight * text[s];
        }
        // How much the standard is about the title's words beyond its best name: several of its names have them, and
        // its description uses them.
        var aboutness = 0.5f * described / job.TotalWeight + 0.5f * Math.Min(1f, namesMatched / 3f);
        var words = new WordFeatures(bestScore, bestName?.Kind, otherShare / job.TotalWeight, textShare / job.TotalWeight, ownTitle, aboutness,
            Guessed(bestSlots, n), OnlyGuessed(bestSlots, n), NothingTyped(bestSlots, n), KeyWordRead(bestSlots, slots),
            SharesOnlyTheRoleWord(bestSlots, otherNames, text, n));
        return new Outcome(bestName, bestSlots, words);
    }

    /// <summary>Whether the best name was met in part through a corrected spelling or a related word.</summary>
    private static bool Guessed(SlotMatch[] best, int n)
    {
        for (var s = 0; s < n; s++)
        {
            if (best[s].By is { Source: WordSource.Corrected or WordSource.Related })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the best name was met only through guesses: a corrected spelling, a related word, a stem.</summary>
    private static bool OnlyGuessed(SlotMatch[] best, int n)
    {
        var any = false;
        for (var s = 0; s < n; s++)
        {
            if (best[s].Value > 0)
            {
                any = true;
                if (!best[s].StemOnly && best[s].By is not { Source: WordSource.Corrected or WordSource.Related })
                {
                    return false;
                }
            }
        }
        return any;
    }

    /// <summary>Whether no word of the title met the best name as typed (only synonyms or guesses did).</summary>
    private static bool NothingTyped(SlotMatch[] best, int n)
    {
        for (var s = 0; s < n; s++)
        {
            if (best[s].Value > 0 && !best[s].StemOnly && best[s].By is { Source: WordSource.Typed })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether the title's weightiest word ("commissioning" in "Commissioning Officer") met the best name only through
    /// another reading (a synonym, a correction, a related word): the rest of the title then says little on its own.
    /// </summary>
    private static bool KeyWordRead(SlotMatch[] best, List<QuerySlot> slots)
    {
        if (slots.Count < 2)
        {
            return false;
        }
        var key = 0;
        for (var i = 1; i < slots.Count; i++)
        {
            key = slots[i].Weight > slots[key].Weight ? i : key;
        }
        return best[key] is { Value: > 0, By.Source: not WordSource.Typed };
    }

    /// <summary>
    /// Whether the best name has the title's role word (its last), and none of the words before it are anywhere in the
    /// standard: not in its names, not in its description ("Taxi Inspector" met by 'Engineering inspector').
    /// </summary>
    private static bool SharesOnlyTheRoleWord(SlotMatch[] best, float[] otherNames, float[] text, int n)
    {
        if (n < 2 || best[n - 1].Value <= 0)
        {
            return false;
        }
        for (var s = 0; s < n - 1; s++)
        {
            if (best[s].Value > 0 || otherNames[s] > 0 || text[s] > 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How well the qualifier words ("Taxis", "Structural") are met anywhere in the standard, 0 to 1.</summary>
    public static float Qualifiers(StandardEntry entry, IReadOnlyList<QuerySlot> qualifiers)
    {
        if (qualifiers.Count == 0)
        {
            return 0;
        }
        var met = 0f;
        var total = 0f;
        foreach (var slot in qualifiers)
        {
            var best = 0.5f * InText(slot, entry.TextTerms);
            foreach (var name in entry.Names)
            {
                best = Math.Max(best, Match(slot, name).Value);
            }
            met += slot.Weight * best;
            total += slot.Weight;
        }
        return met / total;
    }

    public static SlotMatch Match(QuerySlot slot, IndexedName name)
    {
        var best = default(SlotMatch);
        foreach (var option in slot.Options)
        {
            var positions = 0;
            var found = 0;
            var sameWord = option.Source != WordSource.Typed;
            for (var t = 0; t < option.Terms.Length; t++)
            {
                var at = option.Terms[t] >= 0 ? name.Positions(option.Terms[t]) : 0;
                if (at != 0)
                {
                    positions |= at;
                    found++;
                    sameWord = sameWord || SameWord(slot.Words[t], name, at);
                }
            }
            var value = Value(option, found) * (sameWord ? 1 : StemOnlyFactor);
            if (value > best.Value)
            {
                best = new SlotMatch(value, positions, option, !sameWord);
            }
        }
        return best;
    }

    /// <summary>
    /// Whether the title's word is the name's word at one of these positions, give or take a plural or a possessive.
    /// Porter stems some different words alike ("organiser", "organisation"); those meet at <see cref="StemOnlyFactor"/>.
    /// </summary>
    private static bool SameWord(string typed, IndexedName name, int positions)
    {
        for (var i = 0; i < name.Written.Length; i++)
        {
            if ((positions & (1 << i)) != 0 && Inflection(Bare(typed), Bare(name.Written[i])))
            {
                return true;
            }
        }
        return false;
    }

    private static string Bare(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    private static bool Inflection(string a, string b) =>
        a == b || Plural(a, b) || Plural(b, a);

    private static bool Plural(string one, string many) =>
        many == one + "s" || many == one + "es" || (one.EndsWith('y') && many == one[..^1] + "ies");

    private static float Value(SlotOption option, int found) =>
        found == 0 ? 0
        : !option.AllNeeded ? option.Factor
        : found == option.Terms.Length || !option.Strict ? option.Factor * found / option.Terms.Length
        : 0;

    private static float InText(QuerySlot slot, HashSet<int> textTerms)
    {
        var best = 0f;
        foreach (var option in slot.Options)
        {
            if (option.Written == TitleQueryBuilder.SimilarRole)
            {
                continue;
            }
            var found = 0;
            foreach (var term in option.Terms)
            {
                if (term >= 0 && textTerms.Contains(term))
                {
                    found++;
                }
            }
            best = Math.Max(best, Value(option, found));
        }
        return best;
    }
}
