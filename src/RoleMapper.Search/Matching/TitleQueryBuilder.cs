using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using RoleMapper.Search.Analysis;
using RoleMapper.Search.Indexing;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Turns a parsed title into query words against one searcher's vocabulary: stems, slash groups, synonym readings,
/// and for a word no standard uses, a spelling correction (fuzzy, at most one or two edits, the first two letters
/// fixed, and only when the word is not a known job-title word) or a related word of the same root.
/// </summary>
internal sealed class TitleQueryBuilder(TitleAnalyzer plain, Synonyms synonyms, RoleWords roles, IReadOnlySet<string> jobTitleWords)
{
    public const int MaxSlots = 12;
    private const float SynonymFactor = 0.9f;
    private const float CorrectedFactor = 0.8f;
    private const float RelatedFactor = 0.75f;
    /// <summary>The reading of a role word met by a similar one; the reason shows the job title instead.</summary>
    public const string SimilarRole = "a similar role";
    /// <summary>A similar role word in place of the title's ("advisor" for "officer") meets half of it.</summary>
    private const float RoleFactor = 0.5f;
    /// <summary>The last word of a job is usually what the job is ("officer", "therapist"), the others say of what.</summary>
    public const float HeadWordBoost = 1.2f;

    public TitleQuery Build(ParsedTitle parsed, StandardsSearcher searcher)
    {
        parsed = WithQualifierInFront(parsed, searcher.Vocabulary);
        var jobs = parsed.Jobs.Select(job => BuildJob(job, searcher, correct: true)).Where(j => j.Slots.Count > 0).ToList();
        var knownQualifiers = new List<string>();
        var qualifierSlots = new List<QuerySlot>();
        foreach (var qualifier in parsed.Qualifiers)
        {
            // Words no standard uses are places, team names or codes: drop them, and never spell-correct them.
            var known = BuildJob(qualifier, searcher, correct: false).Slots
                .Where(s => s.Options[0].Terms.Any(t => t >= 0))
                .ToList();
            if (known.Count > 0)
            {
                knownQualifiers.Add(qualifier);
                qualifierSlots.AddRange(known);
            }
        }
        return new TitleQuery(parsed, jobs, qualifierSlots, knownQualifiers);
    }

    /// <summary>
    /// "Engineer (Civil)", "Officer (Parking)": a one-word qualifier that standards write in front of the
    /// job's first word ("civil engineering") is part of the job, not a team or a place.
    /// </summary>
    private ParsedTitle WithQualifierInFront(ParsedTitle parsed, Vocabulary vocabulary)
    {
        // Most titles have no qualifier: check that before analysing anything, as this runs for every title.
        if (parsed.Qualifiers.Count == 0 || parsed.Jobs is not [var job] || Tokens.Of(plain, job) is not [var first, ..])
        {
            return parsed;
        }
        foreach (var qualifier in parsed.Qualifiers)
        {
            if (Tokens.Of(plain, qualifier) is [var only] && vocabulary.Follows(vocabulary.Find(only.Term), vocabulary.Find(first.Term)))
            {
                return parsed with { Jobs = [$"{qualifier} {job}"], Qualifiers = parsed.Qualifiers.Where(q => q != qualifier).ToList() };
            }
        }
        return parsed;
    }

    private JobQuery BuildJob(string text, StandardsSearcher searcher, bool correct)
    {
        var vocabulary = searcher.Vocabulary;
        var tokens = Tokens.Of(plain, text);
        var slots = new List<QuerySlot>();
        for (var i = 0; i < tokens.Count && slots.Count < MaxSlots; i++)
        {
            // "Loader/Driver": words joined by a slash are alternatives for one place in the title.
            var last = i;
            while (last + 1 < tokens.Count && text.AsSpan(tokens[last].End, tokens[last + 1].Start - tokens[last].End).SequenceEqual("/"))
            {
                last++;
            }
            var group = tokens.GetRange(i, last - i + 1);
            var ids = group.Select(t => vocabulary.Find(t.Term)).ToArray();
            var written = text[group[0].Start..group[^1].End].ToLowerInvariant();
            var weight = ids.Max(vocabulary.Weight);
            var words = group.Select(t => text[t.Start..t.End].ToLowerInvariant()).ToArray();
            var slot = new QuerySlot(written, group.Select(t => t.Term).ToArray(), words, weight, [new SlotOption(ids, AllNeeded: false, 1f, WordSource.Typed, written)]);
            if (correct && group.Count == 1 && !vocabulary.InNames(ids[0]))
            {
                AddReadingsOfUnknownWord(slot, written, searcher);
            }
            slots.Add(slot);
            i = last;
        }
        AddSynonyms(slots, vocabulary);
        if (slots.Count > 1)
        {
            slots[^1].Weight *= HeadWordBoost;
            AddSimilarRoles(slots[^1], vocabulary);
        }
        return new JobQuery(text, slots, string.Join(' ', tokens.Select(t => t.Term)));
    }

    /// <summary>
    /// Each synonym reading applies to the run of title words its rule reads ("care assistant" as "care worker");
    /// a reading of several words at once counts only whole (<see cref="SlotOption.Strict"/>).
    /// </summary>
    private void AddSynonyms(List<QuerySlot> slots, Vocabulary vocabulary)
    {
        for (var start = 0; start < slots.Count; start++)
        {
            for (var length = Math.Min(synonyms.LongestRule, slots.Count - start); length >= 1; length--)
            {
                var span = slots.GetRange(start, length);
                IEnumerable<IEnumerable<string>> keys = length == 1
                    ? span[0].Stems.Select(stem => new[] { stem })
                    : span.All(s => s.Stems.Length == 1) ? [span.Select(s => s.Stems[0])] : [];
                foreach (var reading in keys.SelectMany(synonyms.Of))
                {
                    var ids = reading.Select(vocabulary.Find).Where(id => id >= 0).Distinct().ToArray();
                    if (ids.Length == 0)
                    {
                        continue;
                    }
                    var written = string.Join(' ', ids.Select(vocabulary.Written));
                    var option = new SlotOption(ids, AllNeeded: ids.Length > 1, SynonymFactor, WordSource.Synonym, written, Strict: length > 1)
                    {
                        From = length > 1 ? string.Join(' ', span.Select(s => s.Written)) : null,
                    };
                    foreach (var slot in span)
                    {
                        slot.Options.Add(option);
                    }
                }
            }
        }
    }

    /// <summary>The last word of a title of two or more words, when it is a role word, may be met by a similar one.</summary>
    private void AddSimilarRoles(QuerySlot last, Vocabulary vocabulary)
    {
        if (last.Stems.Length != 1 || roles.SimilarTo(last.Stems[0]) is not { Count: > 0 } similar)
        {
            return;
        }
        var ids = similar.Select(w => vocabulary.Find(StemOf(w))).Where(vocabulary.InNames).Distinct().ToArray();
        if (ids.Length > 0)
        {
            last.Options.Add(new SlotOption(ids, AllNeeded: false, RoleFactor, WordSource.Related, SimilarRole));
        }
    }

    private void AddReadingsOfUnknownWord(QuerySlot slot, string word, StandardsSearcher searcher)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return;
        }
        if (searcher.UnknownWords.TryGetValue(word, out var known))
        {
            slot.Options.AddRange((SlotOption[])known);
            return;
        }
        var readings = ReadingsOfUnknownWord(word, searcher);
        if (searcher.UnknownWords.Count < StandardsSearcher.MostUnknownWords)
        {
            searcher.UnknownWords.TryAdd(word, readings);
        }
        slot.Options.AddRange(readings);
    }

    private SlotOption[] ReadingsOfUnknownWord(string word, StandardsSearcher searcher)
    {
        var readings = new List<SlotOption>();
        var related = WordsWithPrefix(searcher, word);
        if (related.Count > 0)
        {
            readings.Add(Option(related, RelatedFactor, WordSource.Related, searcher.Vocabulary));
        }
        if (Split(word, searcher.Vocabulary) is { } parts)
        {
            var ids = parts.Select(p => searcher.Vocabulary.Find(StemOf(p))).Where(id => id >= 0).ToArray();
            if (ids.Length == parts.Length)
            {
                readings.Add(new SlotOption(ids, AllNeeded: true, RelatedFactor, WordSource.Related, string.Join(' ', parts), Strict: true));
            }
        }
        // A real job-title word with no standard ("Councillor") is not a typing slip: never correct it to a neighbour.
        var isRealWord = jobTitleWords.Contains(word) || searcher.Vocabulary.Find(StemOf(word)) >= 0;
        if (!isRealWord && Corrections(searcher, word) is { Count: > 0 } corrected)
        {
            readings.Add(Option(corrected, CorrectedFactor, WordSource.Corrected, searcher.Vocabulary));
        }
        return readings.ToArray();
    }

    private SlotOption Option(IReadOnlyCollection<string> words, float factor, WordSource source, Vocabulary vocabulary)
    {
        var ids = words.Select(w => vocabulary.Find(StemOf(w))).Where(vocabulary.InNames).Distinct().ToArray();
        return new SlotOption(ids, AllNeeded: false, factor, source, string.Join(" or ", words));
    }

    /// <summary>
    /// Written words of the standards that share most of this word's beginning: "accountancy" and "accountant",
    /// "arboricultural" and "arboriculturist". Three quarters of the word, and at least six letters, must agree.
    /// </summary>
    private static List<string> WordsWithPrefix(StandardsSearcher searcher, string word)
    {
        var found = new List<string>();
        var prefixLength = Math.Max(6, (int)Math.Ceiling(word.Length * 0.75));
        if (word.Length < prefixLength)
        {
            return found;
        }
        var prefix = new BytesRef(word[..prefixLength]);
        var terms = MultiFields.GetTerms(searcher.IndexReader, StandardsIndexSchema.Surface)?.GetEnumerator();
        if (terms is null || terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
        {
            return found;
        }
        do
        {
            if (!StringHelper.StartsWith(terms.Term, prefix))
            {
                break;
            }
            var candidate = terms.Term.Utf8ToString();
            if (candidate != word)
            {
                found.Add(candidate);
            }
        }
        while (found.Count < 5 && terms.MoveNext());
        return found;
    }

    /// <summary>Lucene's fuzzy query over the written words of the standards, rewritten to the words it matches.</summary>
    private static List<string> Corrections(StandardsSearcher searcher, string word)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        var fuzzy = new FuzzyQuery(new Term(StandardsIndexSchema.Surface, word), maxEdits, prefixLength: 2, maxExpansions: 3, transpositions: true);
        var terms = new HashSet<Term>();
        searcher.Rewrite(fuzzy).ExtractTerms(terms);
        return terms.Select(t => t.Text).Where(t => t != word).ToList();
    }

    /// <summary>
    /// "forklift" as "fork lift": a run-together word whose two halves are both words of the standards; and a trade
    /// word made with -man or -person ("linesman", "storeman") as its first part.
    /// </summary>
    private static string[]? Split(string word, Vocabulary vocabulary)
    {
        foreach (var suffix in PersonSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal)
                && vocabulary.WrittenNameWords.Contains(word[..^suffix.Length]))
            {
                return [word[..^suffix.Length]];
            }
        }
        for (var i = 3; i <= word.Length - 3; i++)
        {
            if (vocabulary.WrittenNameWords.Contains(word[..i]) && vocabulary.WrittenNameWords.Contains(word[i..]))
            {
                return [word[..i], word[i..]];
            }
        }
        return null;
    }

    private static readonly string[] PersonSuffixes = ["person", "woman", "man", "men"];

    private string StemOf(string word) => Tokens.Of(plain, word) is [var only] ? only.Term : word;
}
