using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;
using RoleMapper.Search.Analysis;

namespace RoleMapper.Search.Indexing;

/// <summary>
/// The one place that knows the index's fields and analysis. Index time and query time use the same analyzer,
/// so a query word is stemmed exactly as the indexed words were.
/// Like DfE's Find Apprenticeship Training, a standard's title and typical job titles are indexed both whole (one
/// token, so an exact job title wins) and as words; unlike it, both sides go through the same analyzer, abbreviations
/// are spelt out on both sides, and the role overview is indexed too as weak evidence for words no job title uses.
/// </summary>
public static class StandardsIndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// "ST0116", read back for every candidate. Indexed whole, though nothing looks a document up by it: a rebuild
    /// replaces every document (<see cref="StandardsIndex.RebuildAsync"/>).
    /// </summary>
    public const string Reference = "reference";
    public const string VersionNumber = "version";
    /// <summary>Stored as in the feed; indexed as words after abbreviations are spelt out.</summary>
    public const string Title = "title";
    /// <summary>Typical (and green) job titles: stored as in the feed, indexed as words. One value per job title.</summary>
    public const string JobTitles = "jobTitles";
    public const string Keywords = "keywords";
    /// <summary>The title, job titles and keywords together as words: the one field the matcher searches, so a query
    /// word costs one clause rather than three (the scorer then weighs title, job title and keyword apart).</summary>
    public const string Names = "names";
    /// <summary>The title and each job title as one token of its stemmed words ("social worker"), for exact matches.</summary>
    public const string Exact = "exact";
    /// <summary>Overview of the role and occupational summary, stored and indexed as words.</summary>
    public const string Text = "text";
    /// <summary>Words of the title, job titles and keywords as written, not stemmed: the vocabulary for spelling correction.</summary>
    public const string Surface = "surface";
    public const string Level = "level";
    public const string Route = "route";
    public const string Approved = "approved";
    public const string Duration = "duration";
    public const string Funding = "funding";

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new TitleAnalyzer(),
        new Dictionary<string, Analyzer> { [Surface] = new SurfaceAnalyzer() });
}
