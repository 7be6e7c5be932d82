using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// The Open XML SDK's schema check, the nearest thing to "Excel opens it without repair" that runs on Linux: a full map,
/// and an empty one (whose sections have no tables).
/// </summary>
public sealed class PackageValidityTests
{
    public static TheoryData<string> Maps => ["full", "empty"];

    [Theory]
    [MemberData(nameof(Maps))]
    public void Workbook_PassesTheOpenXmlSchemaCheck(string which)
    {
        var map = which == "empty"
            ? A.CouncilMap
            : A.CouncilMap
                .WithRoles(A.Role("Refuse Loader"), A.UnmappedRole("=1+1") with { NeedsReview = true, ReviewReason = "+44" })
                .WithGaps(A.Gap("@SUM(A1)"))
                .WithChanges(A.Change("ST0001", roles: "Refuse Loader"))
                .WithMaturity(new MaturitySection
                {
                    AssessedOn = new DateOnly(2026, 2, 1),
                    Strands = [new MaturityStrandRow { StrandTitle = "Engagement", Current = new StageResult(MaturityLevel.Early, true) }],
                });
        using var stream = new MemoryStream(Exported.Write(map));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.PartUri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }
}
