using System.Text;
using ClosedXML.Excel;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>Uploading role files through the real page (multipart POST): good, bad and hostile files.</summary>
public abstract class ImportTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : ImportTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : ImportTests(host);

    [Fact]
    public async Task Post_GoodCsv_PreviewsEveryRowThenSavesOnlyTheGoodOnes()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(Workspace.SmallRoleFile), "roles.csv");

        Assert.Equal("Check the roles before saving", preview.H1);
        Assert.Equal(["2", "3", "4", "5"], preview.All("[data-testid=preview-rows] tbody td[data-label=Row]"));
        Assert.Contains("Not saved The job title is empty, so the row was skipped.", preview.All("[data-testid=preview-rows] tbody tr").Last());
        Assert.Equal(0, await CountRolesAsync(council));

        var list = await admin.SubmitAndFollowAsync(preview, "main form");

        Assert.Equal("3 roles were added from roles.csv. 1 row was not saved.", list.One("[data-testid=done]")!.TextContent.Trim());
        await using var db = host.CouncilContext(council);
        var roles = await db.JobRoles.OrderBy(r => r.Title).ToListAsync();
        Assert.Equal(["Social Worker", "Software Developer", "Team Leader"], roles.Select(r => r.Title));
        Assert.Equal(("ICT", "Digital", 4), (roles[1].ServiceArea, roles[1].Department, roles[1].Headcount));
        // Suggestions are filled as the roles are saved.
        Assert.Contains(roles, r => r.SuggestedReference == "ST0116" && r.Title == "Software Developer");
        Assert.Equal(0, await db.RoleUploads.CountAsync());
    }

    [Fact]
    public async Task Post_Xlsx_IsReadLikeCsv()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Establishment");
        sheet.Cell(1, 1).SetValue("Post title");
        sheet.Cell(1, 2).SetValue("Directorate");
        sheet.Cell(2, 1).SetValue("Planning Officer");
        sheet.Cell(2, 2).SetValue("Place");
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);

        var preview = await admin.UploadAndFollowAsync(bytes.ToArray(), "establishment.xlsx");
        await admin.SubmitAndFollowAsync(preview, "main form");

        Assert.Contains("worksheet “Establishment”", preview.Text);
        await using var db = host.CouncilContext(council);
        var role = await db.JobRoles.SingleAsync();
        Assert.Equal(("Planning Officer", "Place"), (role.Title, role.ServiceArea));
    }

    [Fact]
    public async Task Post_FormulaText_IsKeptAsTextAndShownAsText()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        var csv = "Job title,Notes\n\"" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",\"<script>alert(1)</script>\"\n+44 Officer,@SUM(A1)\n";

        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(csv), "hostile.csv");
        await admin.SubmitAndFollowAsync(preview, "main form");

        Assert.Contains(formula, preview.All("[data-testid=preview-rows] td[data-label='Job title']"));
        Assert.Null(preview.One("[data-testid=preview-rows] script"));
        await using var db = host.CouncilContext(council);
        var roles = await db.JobRoles.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([formula, "+44 Officer"], roles.Select(r => r.Title));
        Assert.Equal(["<script>alert(1)</script>", "@SUM(A1)"], roles.Select(r => r.Notes));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.csv", [], "The file is empty." },
        { "picture.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "The file is a PNG image" },
        { "roles.docx", Encoding.UTF8.GetBytes("Job title\nClerk\n"), "RoleMapper reads CSV (.csv) and Excel (.xlsx) files, not .docx files." },
        { "no-title.csv", Encoding.UTF8.GetBytes("Name,Salary\nSam,30000\n"), "No job title column was found." },
        { "broken.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "The file looks like an Excel workbook but is damaged" },
        { "rows.csv", Encoding.UTF8.GetBytes("Job title\n" + string.Concat(Enumerable.Range(1, RoleFileLimits.MaxRows + 1).Select(i => $"Officer {i}\n"))), "The file has more than 20,000 rows of roles." },
        { "big.csv", Encoding.UTF8.GetBytes("Job title\n" + new string('x', RoleFileLimits.MaxBytes)), "The file is larger than 5 MB." },
    };

    // One test case, not one per file: discovery would otherwise serialise the 5 MB file byte by byte, once per provider.
    [Theory]
    [MemberData(nameof(BadFiles), DisableDiscoveryEnumeration = true)]
    public async Task Post_BadFile_GetsItsMessageAndWritesNothing(string fileName, byte[] content, string message)
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.UploadAndFollowAsync(content, fileName);

        Assert.Equal("Import job roles from a file", page.H1);
        Assert.StartsWith(message, Assert.Single(page.Errors), StringComparison.Ordinal);
        Assert.StartsWith(message, page.One("#File-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await CountRolesAsync(council));
        await using var db = host.CouncilContext(council);
        Assert.Equal(0, await db.RoleUploads.CountAsync());
    }

    [Fact]
    public async Task Post_RequestFarOverTheLimit_IsRefusedBeforeReading()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        using var response = await admin.UploadRolesAsync(new byte[RoleFileLimits.MaxBytes * 2], "huge.csv");
        var page = await WebPage.ReadAsync("/council/roles/import", response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("The file is larger than 5 MB.", Assert.Single(page.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoFileChosen_AsksForOne()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/import"), "main form");

        Assert.Equal(["Select a CSV or Excel file of your job roles."], page.Errors);
    }

    [Fact]
    public async Task Post_WithoutTheFormToken_IsRefused()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Workspace.Csv(Workspace.SmallRoleFile)), "File", "roles.csv" } };

        using var response = await admin.PostAsync("/council/roles/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountRolesAsync(council));
    }

    [Fact]
    public async Task Post_Cancel_ForgetsTheUpload()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var preview = await admin.UploadAndFollowAsync(Workspace.Csv(Workspace.SmallRoleFile), "roles.csv");

        await admin.PressAsync(preview, preview.Path + "?handler=Cancel");
        var again = await admin.GetPageAsync(preview.Path);

        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal(0, await CountRolesAsync(council));
    }

    private async Task<int> CountRolesAsync(TestCouncil council)
    {
        await using var db = host.CouncilContext(council);
        return await db.JobRoles.CountAsync();
    }
}
