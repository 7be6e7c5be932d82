using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace RoleMapper.Search;

/// <summary>
/// The one place that knows the index's fields and analysis. Index time and query time use the same analyzer,
/// so a query word is stemmed exactly as the indexed words were.
/// </summary>
public static class StandardsIndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>"ST0116": stable key, so a document can be replaced with UpdateDocument.</summary>
    public const string Reference = "reference";
    public const string VersionNumber = "version";
    public const string Title = "title";
    public const string JobTitles = "jobTitles";
    public const string Keywords = "keywords";
    public const string Level = "level";
    public const string Route = "route";
    public const string Approved = "approved";
    public const string Duration = "duration";
    public const string Funding = "funding";

    public static Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version);
}
