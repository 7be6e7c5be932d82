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
internal sealed class TitleQueryBuilder(TitleAnalyzer plain, TitleAnalyzer withSynonyms, IReadOnlySet<string> jobTitleWords)
{
    public const int MaxSlots = 12;
    private const float SynonymFactor = 0.9f;
    private const float CorrectedFactor = 0.8f;
    private const float RelatedFactor = 0.75f;
    /// <summary>The last word of a job is usually what the job is ("officer", "therapist"), the others say of what.</summary>
    public const float HeadWordBoost = 1.2f;

    public TitleQuery Build(ParsedTitle parsed, StandardsSearcher searcher)
    {
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

    private JobQuery BuildJob(string text, StandardsSearcher searcher, bool correct)
    {
        var vocabulary = searcher.Vocabulary;
        var tokens = Tokens.Of(plain, text);
        var slots = new List<QuerySlot>();
        var ranges = new List<(int Start, int End)>();
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
            var slot = new QuerySlot(written, weight, [new SlotOption(ids, AllNeeded: false, 1f, WordSource.Typed, written)]);
            if (correct && group.Count == 1 && !vocabulary.InNames(ids[0]))
            {
                AddReadingsOfUnknownWord(slot, written, searcher);
            }
            slots.Add(slot);
            ranges.Add((group[0].Start, group[^1].End));
            i = last;
        }
        AddSynonyms(text, slots, ranges, vocabulary);
        if (slots.Count > 1)
        {
            slots[^1].Weight *= HeadWordBoost;
        }
        return new JobQuery(text, slots, string.Join(' ', tokens.Select(t => t.Term)));
    }

    /// <summary>Each synonym reading applies to the title words its rule matched ("care assistant" as "care worker").</summary>
    private void AddSynonyms(string text, List<QuerySlot> slots, List<(int Start, int End)> ranges, Vocabulary vocabulary)
    {
        var readings = Tokens.Of(withSynonyms, text).Where(t => t.IsSynonym).GroupBy(t => (t.Start, t.End));
        foreach (var reading in readings)
        {
            var ids = reading.Select(t => vocabulary.Find(t.Term)).Where(id => id >= 0).Distinct().ToArray();
            if (ids.Length == 0)
            {
                continue;
            }
            var written = string.Join(' ', ids.Select(vocabulary.Written));
            var covered = Enumerable.Range(0, slots.Count)
                .Where(s => ranges[s].Start >= reading.Key.Start && ranges[s].End <= reading.Key.End)
                .ToList();
            foreach (var s in covered)
            {
                slots[s].Options.Add(new SlotOption(ids, AllNeeded: ids.Length > 1, SynonymFactor, WordSource.Synonym, written, Strict: covered.Count > 1));
            }
        }
    }

    private void AddReadingsOfUnknownWord(QuerySlot slot, string word, StandardsSearcher searcher)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return;
        }
        var related = WordsWithPrefix(searcher, word);
        if (related.Count > 0)
        {
            slot.Options.Add(Option(related, RelatedFactor, WordSource.Related, searcher.Vocabulary));
        }
        // A real job-title word with no standard ("Councillor") is not a typing slip: never correct it to a neighbour.
        var isRealWord = jobTitleWords.Contains(word) || searcher.Vocabulary.Find(StemOf(word)) >= 0;
        if (isRealWord)
        {
            return;
        }
        var corrected = Corrections(searcher, word);
        if (corrected.Count > 0)
        {
            slot.Options.Add(Option(corrected, CorrectedFactor, WordSource.Corrected, searcher.Vocabulary));
        }
        else if (Split(word, searcher.Vocabulary) is { } parts)
        {
            var ids = parts.Select(p => searcher.Vocabulary.Find(StemOf(p))).Where(id => id >= 0).ToArray();
            if (ids.Length == 2)
            {
                slot.Options.Add(new SlotOption(ids, AllNeeded: true, RelatedFactor, WordSource.Related, string.Join(' ', parts)));
            }
        }
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

    /// <summary>"forklift" as "fork lift": a run-together word whose two halves are both words of the standards.</summary>
    private static string[]? Split(string word, Vocabulary vocabulary)
    {
        for (var i = 3; i <= word.Length - 3; i++)
        {
            if (vocabulary.WrittenNameWords.Contains(word[..i]) && vocabulary.WrittenNameWords.Contains(word[i..]))
            {
                return [word[..i], word[i..]];
            }
        }
        return null;
    }

    private string StemOf(string word) => Tokens.Of(plain, word) is [var only] ? only.Term : word;
}
