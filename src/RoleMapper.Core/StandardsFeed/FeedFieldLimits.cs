using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// The longest text the importer keeps from each feed field, and the most items of each list. A record over a limit is
/// held back as a record error (<see cref="FeedFields"/>), so one hostile or broken record cannot fill the store, the
/// index or a page. Each limit is the longest value in the real snapshots of May 2025 and Aug 2026 (in brackets),
/// with room for ordinary growth; title and route are the lengths of their database columns. Lengths are of the text
/// as sent, before HTML is removed, so the check runs before any parsing. docs/importer.md lists them.
/// The same limits are what pages and the search index take at most (<see cref="ClipToLimits"/>), whatever an older
/// release stored.
/// </summary>
public static class FeedFieldLimits
{
    public const int Title = Standards.StandardVersion.MaxTitleLength;
    public const int Route = Standards.StandardVersion.MaxRouteLength;

    /// <summary>All the text kept from one record together (65,161 characters at most in the real feed).</summary>
    public const int RecordLength = 250_000;

    /// <summary>A field read by the importer but missing from <see cref="Lengths"/>.</summary>
    public const int DefaultLength = 1_000;

    /// <summary>A list missing from <see cref="Items"/>.</summary>
    public const int DefaultItems = 500;

    public static readonly IReadOnlyDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["referenceNumber"] = 12, // (6) the column
        ["version"] = 10, // (3) the column
        ["status"] = 64, // (23)
        ["title"] = Title, // (83) the column
        ["route"] = Route, // (42) the column
        ["overviewOfRole"] = 2_000, // (444)
        ["occupationalSummary"] = 50_000, // (13,841, as escaped HTML)
        ["change"] = 2_000, // (456)
        ["typicalJobTitles[]"] = 400, // (147)
        ["greenJobTitles[]"] = 400, // (78)
        ["keywords[]"] = 200, // (55)
        ["optionsUnstructuredTemplate[]"] = 400, // (153)
        ["duties[].dutyDetail"] = 5_000, // (1,209)
        ["knowledges[].detail"] = 5_000, // (1,588)
        ["skills[].detail"] = 5_000, // (1,497)
        ["behaviours[].detail"] = 5_000, // (615)
        ["options[].title"] = 400, // (153)
        ["qualifications[].title"] = 2_000, // (710)
        ["qualifications[].level"] = 100, // (28)
        ["integration"] = 200, // (54)
        ["integratedDegree"] = 100, // (24)
        ["regulatedBody"] = 400, // (147)
        ["standardPageUrl"] = 1_000, // (74)
        ["assessmentPlanUrl"] = 1_000, // (171)
        ["approvedForDelivery"] = 40, // (26)
        ["earliestStartDate"] = 40, // (19)
        ["latestStartDate"] = 40, // (19)
        ["changedDate"] = 40, // (19)
    };

    public static readonly IReadOnlyDictionary<string, int> Items = new Dictionary<string, int>
    {
        ["typicalJobTitles"] = 200, // (29)
        ["greenJobTitles"] = 200, // (14)
        ["keywords"] = 200, // (23)
        ["optionsUnstructuredTemplate"] = 100, // (13)
        ["duties"] = 300, // (59)
        ["knowledges"] = 500, // (153)
        ["skills"] = 500, // (173)
        ["behaviours"] = 500, // (29)
        ["options"] = 100, // (13)
        ["qualifications"] = 100, // (21)
    };

    public static int Length(string path) => Lengths.GetValueOrDefault(path, DefaultLength);

    public static int ItemCount(string path) => Items.GetValueOrDefault(path, DefaultItems);

    /// <summary>The characters of text a version keeps, for <see cref="RecordLength"/>.</summary>
    public static long TextLength(StandardVersion v) =>
        Texts(v).Sum(t => (long)(t?.Length ?? 0))
        + Lists(v).Sum(l => l.Sum(i => (long)i.Length))
        + v.Duties.Sum(d => (long)d.Detail.Length);

    /// <summary>
    /// Cuts a version read for a page to what the importer would have kept, field by field and
    /// <see cref="RecordLength"/> in all, so a page is bounded whatever is stored. Only for a copy read without
    /// tracking: the changes must never be saved.
    /// </summary>
    public static void ClipToLimits(StandardVersion v)
    {
        var budget = RecordLength;
        string Cut(string text, string path)
        {
            var kept = Math.Min(Math.Min(text.Length, Length(path)), Math.Max(budget, 0));
            budget -= kept;
            return kept == text.Length ? text : text[..kept];
        }
        List<string> CutList(List<string> items, string path) =>
            items.Take(ItemCount(path)).Select(i => Cut(i, path + "[]")).Where(i => i.Length > 0).ToList();

        v.Title = Cut(v.Title, "title");
        v.Route = Cut(v.Route, "route");
        v.OverviewOfRole = Cut(v.OverviewOfRole, "overviewOfRole");
        v.ChangeNote = Cut(v.ChangeNote, "change");
        v.RegulatedBody = v.RegulatedBody is null ? null : Cut(v.RegulatedBody, "regulatedBody");
        v.IntegrationType = v.IntegrationType is null ? null : Cut(v.IntegrationType, "integration");
        v.DegreeType = v.DegreeType is null ? null : Cut(v.DegreeType, "integratedDegree");
        v.StandardPageUrl = Cut(v.StandardPageUrl, "standardPageUrl");
        v.AssessmentPlanUrl = Cut(v.AssessmentPlanUrl, "assessmentPlanUrl");
        v.JobTitles = CutList(v.JobTitles, "typicalJobTitles");
        v.GreenJobTitles = CutList(v.GreenJobTitles, "greenJobTitles");
        v.Keywords = CutList(v.Keywords, "keywords");
        v.Duties = v.Duties.Take(ItemCount("duties"))
            .Select(d => new Duty { Detail = Cut(d.Detail, "duties[].dutyDetail"), IsCore = d.IsCore })
            .Where(d => d.Detail.Length > 0).ToList();
        v.Knowledge = v.Knowledge.Take(ItemCount("knowledges")).Select(k => Cut(k, "knowledges[].detail")).Where(k => k.Length > 0).ToList();
        v.Skills = v.Skills.Take(ItemCount("skills")).Select(k => Cut(k, "skills[].detail")).Where(k => k.Length > 0).ToList();
        v.Behaviours = v.Behaviours.Take(ItemCount("behaviours")).Select(k => Cut(k, "behaviours[].detail")).Where(k => k.Length > 0).ToList();
        v.Options = v.Options.Take(ItemCount("options")).Select(o => Cut(o, "options[].title")).Where(o => o.Length > 0).ToList();
        v.Qualifications = v.Qualifications.Take(ItemCount("qualifications")).Select(q => Cut(q, "qualifications[].title")).Where(q => q.Length > 0).ToList();
        // Last: the longest field, so a budget spent elsewhere shortens it rather than the title.
        v.OccupationalSummary = Cut(v.OccupationalSummary, "occupationalSummary");
    }

    /// <summary>Cuts text for a page that shows it where a title goes.</summary>
    public static string ClipTitle(string? text) => Clip(text ?? "", "title");

    /// <summary>The text cut to the limit of the field at <paramref name="path"/>.</summary>
    public static string Clip(string text, string path) => text.Length <= Length(path) ? text : text[..Length(path)];

    /// <summary>The list cut to the item limit of the field at <paramref name="path"/>, and each item to its length limit.</summary>
    public static List<string> Clip(List<string> items, string path) =>
        items.Take(ItemCount(path)).Select(i => Clip(i, path + "[]")).ToList();

    private static IEnumerable<string?> Texts(StandardVersion v) =>
    [
        v.Title, v.Route, v.OverviewOfRole, v.OccupationalSummary, v.ChangeNote, v.RegulatedBody, v.IntegrationType,
        v.DegreeType, v.StandardPageUrl, v.AssessmentPlanUrl,
    ];

    private static IEnumerable<List<string>> Lists(StandardVersion v) =>
        [v.JobTitles, v.GreenJobTitles, v.Keywords, v.Knowledge, v.Skills, v.Behaviours, v.Options, v.Qualifications];
}
