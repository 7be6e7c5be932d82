using System.Text.Json;
using System.Text.RegularExpressions;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Maps one feed element to a <see cref="StandardVersion"/>, applying every rule of the feed's schema notes
/// (shared/data/ifate/SCHEMA.md §7). Personal fields (<c>tbMainContact</c>, <c>eQAProvider</c>) are never read.
/// </summary>
public static partial class FeedRecordMapper
{
    /// <summary>Without these the record cannot be identified or shown. A feed whose records lack them is fatally broken.</summary>
    public static readonly IReadOnlyList<string> RequiredFields = ["referenceNumber", "version", "title", "status", "level"];

    [GeneratedRegex(@"^ST\d{4}$")]
    private static partial Regex ReferencePattern();

    /// <summary>The first required field the element does not have at all, or null. Checked before mapping.</summary>
    public static string? MissingRequiredField(JsonElement element) =>
        element.ValueKind != JsonValueKind.Object
            ? "(the element is not an object)"
            : RequiredFields.FirstOrDefault(f => !element.TryGetProperty(f, out _));

    public static FeedRecord Map(JsonElement element, int position, DateTime nowUtc)
    {
        var f = new FeedFields(element);
        var reference = f.Text("referenceNumber");
        var versionText = f.Text("version");

        if (!ReferencePattern().IsMatch(reference))
        {
            f.Errors.Add($"reference '{reference}' is not ST followed by four digits");
        }
        if (!StandardVersionNumber.TryParse(versionText, out var version))
        {
            f.Errors.Add(versionText.Length == 0 ? "version is empty" : $"version '{versionText}' is not a number like 1.2");
        }
        else if (version.Value.ToString() != versionText)
        {
            f.Warnings.Add($"version '{versionText}' was read as {version}");
        }
        var statusText = f.Text("status");
        if (!StandardStatusText.TryParse(statusText, out var status))
        {
            f.Errors.Add($"unknown status '{statusText}'");
        }
        var title = f.Text("title");
        if (title.Length == 0)
        {
            f.Errors.Add("title is empty");
        }
        // Text longer than the store keeps is refused by FeedFields (FeedFieldLimits): PostgreSQL would refuse the
        // whole save where SQLite would keep it.
        var route = f.Text("route");

        var standard = new StandardVersion
        {
            Key = StandardVersion.MakeKey(reference, version?.ToString() ?? versionText),
            Reference = reference,
            Version = version?.ToString() ?? versionText,
            VersionMajor = version?.Major ?? 0,
            VersionMinor = version?.Minor ?? 0,
            Title = title,
            Level = f.Number("level"),
            Route = route,
            Status = status,
            PausedForStarts = f.Flag("approvedForDeliveryPausedStarts"),
            LarsCode = f.Number("larsCode"),
            TypicalDurationMonths = f.Number("typicalDuration"),
            MaxFunding = f.Number("maxFunding"),
            OverviewOfRole = HtmlText.ToPlainText(f.Text("overviewOfRole")),
            OccupationalSummary = HtmlText.ToPlainText(f.Text("occupationalSummary")),
            // jobRoles is a legacy copy of typicalJobTitles; green job titles are merged in, as DfE's own service does.
            JobTitles = FeedFields.Distinct(f.TextList("typicalJobTitles").Concat(f.TextList("greenJobTitles"))),
            GreenJobTitles = f.TextList("greenJobTitles"),
            Keywords = f.TextList("keywords"),
            Duties = f.Objects("duties")
                .Select(d => new Duty { Detail = d.Text("dutyDetail"), IsCore = d.Flag("isThisACoreDuty") })
                .Where(d => d.Detail.Length > 0)
                .ToList(),
            Knowledge = f.ObjectTexts("knowledges", "detail"),
            Skills = f.ObjectTexts("skills", "detail"),
            Behaviours = f.ObjectTexts("behaviours", "detail"),
            Options = FeedFields.Distinct(f.ObjectTexts("options", "title").Concat(f.TextList("optionsUnstructuredTemplate"))),
            Qualifications = f.Objects("qualifications")
                .Select(q => (Title: q.Text("title"), Level: q.Text("level")))
                .Where(q => q.Title.Length > 0)
                .Select(q => q.Level.Length > 0 ? $"{q.Title} (level {q.Level})" : q.Title)
                .ToList(),
            // The feed writes "no integration" as null and as the string "None".
            IntegrationType = f.OptionalText("integration") is { } i && !i.Equals("None", StringComparison.OrdinalIgnoreCase) ? i : null,
            DegreeType = f.OptionalText("integratedDegree"),
            Regulated = f.Flag("regulated"),
            RegulatedBody = f.OptionalText("regulatedBody"),
            ApprovedForDeliveryOn = f.Date("approvedForDelivery"),
            EarliestStartDate = f.Date("earliestStartDate"),
            LatestStartDate = f.Date("latestStartDate"),
            ChangeNote = HtmlText.ToPlainText(f.Text("change")),
            ChangedOn = f.Date("changedDate"),
            StandardPageUrl = f.Text("standardPageUrl"),
            AssessmentPlanUrl = f.Text("assessmentPlanUrl"),
            FirstSeenUtc = nowUtc,
            LastSeenUtc = nowUtc,
        };

        if (status == StandardStatus.ApprovedForDelivery && f.Errors.Count == 0)
        {
            if (standard.Level is < 2 or > 7)
            {
                f.Errors.Add($"level {standard.Level} is not an apprenticeship level (2 to 7)");
            }
            if (standard.LarsCode == 0)
            {
                f.Warnings.Add("approved for delivery but has no LARS code");
            }
        }
        if (FeedFieldLimits.TextLength(standard) > FeedFieldLimits.RecordLength)
        {
            f.Errors.Add($"the record holds more than {FeedFieldLimits.RecordLength} characters of text in all");
        }
        if (f.Errors.Count > 0)
        {
            return new FeedRecord(position, reference, versionText, null, f.Errors, f.Warnings);
        }
        standard.ContentHash = StandardContent.Hash(standard);
        return new FeedRecord(position, reference, standard.Version, standard, f.Errors, f.Warnings);
    }
}
