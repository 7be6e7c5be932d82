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
    float NameScore,
    float[] OtherNames,
    float[] Text,
    float Score,
    float Aboutness);

/// <summary>
/// Scores a standard against a job query, in [0, 1]: 1 when one of its names says exactly the job.
/// <list type="bullet">
/// <item>name score = (weight of the query words the name has / weight of all query words) x (0.75 + 0.25 x weight of
/// the name's words matched / weight of all its words): the words typed should be in the name, and the name should
/// not be much more than the words typed ("Care worker" beats "Lead adult care worker" for "Care Worker").
/// Keywords count a little less than titles and job titles.</item>
/// <item>plus a share of the query words the best name lacks that other names of the standard have (0.3 each), or
/// failing that its overview (0.12 each): weak evidence, which alone never reaches Medium.</item>
/// <item>plus a little for the query words in the standard's own title (<see cref="OwnTitleWeight"/>).</item>
/// </list>
/// </summary>
internal static class CandidateScorer
{
    /// <summary>A different word that only shares the stem ("administration" for "administrator") counts this much.</summary>
    public const float StemOnlyFactor = 0.85f;
    public const float NameCoverWeight = 0.4f;
    /// <summary>Just below the standard's own title, so the standard named after the job wins a tie with one that lists it.</summary>
    public const float JobTitleFactor = 0.97f;
    public const float KeywordFactor = 0.85f;
    public const float OtherNameWeight = 0.3f;
    public const float TextWeight = 0.12f;
    /// <summary>
    /// What the standard's own title has of the query words adds this much (times their share), even when a job title
    /// matched better: a standard named for the subject ("Housing and property management") is about it, while a
    /// long list of job titles may name it in passing ("Housing officer" under Employability practitioner).
    /// </summary>
    public const float OwnTitleWeight = 0.05f;

    /// <summary>The score alone, for the whole candidate pool: no allocation (the evidence is worked out again, in full,
    /// only for the few standards that are shown).</summary>
    public static (float Score, float Aboutness) Quick(StandardEntry entry, JobQuery job)
    {
        var n = job.Slots.Count;
        if (scratch is null || scratch.Current.Length < n)
        {
            scratch = new Scratch(Math.Max(n, TitleQueryBuilder.MaxSlots));
        }
        Array.Clear(scratch.Other, 0, n);
        var result = Run(entry, job, scratch.Current, scratch.Best, scratch.Other, scratch.Text);
        return (result.Score, result.Aboutness);
    }

    public static Evidence Score(StandardEntry entry, JobQuery job)
    {
        var n = job.Slots.Count;
        var (best, other, text) = (new SlotMatch[n], new float[n], new float[n]);
        var result = Run(entry, job, new SlotMatch[n], best, other, text);
        return new Evidence(job, result.BestName, result.BestSlots, result.NameScore, other, text, result.Score, result.Aboutness);
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

    private readonly record struct Outcome(IndexedName? BestName, SlotMatch[] BestSlots, float NameScore, float Score, float Aboutness);

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

        var extra = 0f;
        var described = 0f;
        for (var s = 0; s < n; s++)
        {
            var inText = InText(slots[s], entry.TextTerms);
            described += slots[s].Weight * inText;
            var inBest = bestSlots[s].Value;
            otherNames[s] = Math.Max(0, otherNames[s] - inBest);
            text[s] = otherNames[s] > 0 || inBest > 0 ? 0 : inText;
            extra += slots[s].Weight * (OtherNameWeight * otherNames[s] + TextWeight * text[s]);
        }
        // How much the standard is about the title's words beyond its best name: several of its names have them, and
        // its description uses them. Only a tie-breaker.
        var aboutness = 0.5f * described / job.TotalWeight + 0.5f * Math.Min(1f, namesMatched / 3f);
        return new Outcome(bestName, bestSlots, bestScore, bestScore + extra / job.TotalWeight + OwnTitleWeight * ownTitle, aboutness);
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
