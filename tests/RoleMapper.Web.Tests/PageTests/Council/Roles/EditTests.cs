using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>Adding, changing and deleting one role through its forms.</summary>
public abstract class EditTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : EditTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : EditTests(host);

    [Fact]
    public async Task Post_Create_SavesTheRoleWithASuggestion()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/new"), "main form",
            ("Input.Title", "  Software   Developer "), ("Input.ServiceArea", "ICT"), ("Input.Headcount", "3"), ("Input.Fte", "2.5"));

        Assert.Equal("Software Developer", page.H1);
        await using var db = host.CouncilContext(council);
        var role = await db.JobRoles.SingleAsync();
        Assert.Equal(("ICT", 3, 2.5m, council.AdminEmail), (role.ServiceArea, role.Headcount, role.Fte, role.CreatedByName));
        Assert.Equal(host.Match("Software Developer").Best!.Reference, role.SuggestedReference);
    }

    [Theory]
    [InlineData("", "3", "Enter the job title")]
    [InlineData("Clerk", "three", "Enter a valid number of posts.")]
    [InlineData("Clerk", "-1", "Enter a number of posts from 0 to 100,000")]
    public async Task Post_Create_Invalid_ShowsTheProblemAndSavesNothing(string title, string headcount, string message)
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/new"), "main form",
            ("Input.Title", title), ("Input.Headcount", headcount));

        Assert.Equal([message], page.Errors);
        Assert.Equal(headcount, page.One("#Input_Headcount")!.GetAttribute("value"));
        await using var db = host.CouncilContext(council);
        Assert.Equal(0, await db.JobRoles.CountAsync());
    }

    [Fact]
    public async Task Post_Create_Duplicate_IsRefused()
    {
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, new RoleDetails("Planning Officer") { ServiceArea = "Planning" });
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/new"), "main form",
            ("Input.Title", "planning officer"), ("Input.ServiceArea", "PLANNING"));

        Assert.Equal([RoleFileMessages.AlreadySaved], page.Errors);
    }

    [Fact]
    public async Task Post_Edit_NewTitle_GetsANewSuggestion_AndKeepsTheMapping()
    {
        var council = await host.CouncilAsync();
        var role = (await host.RolesAsync(council, "Clerk")).Single();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var form = await admin.GetPageAsync($"/council/roles/{role.Id}/edit");
        Assert.Equal("Clerk", form.One("#Input_Title")!.GetAttribute("value"));

        await admin.SubmitAndFollowAsync(form, "main form", ("Input.Title", "Software Developer"), ("Input.Notes", "Two posts vacant"));

        var saved = await host.RoleAsync(council, role.Id);
        Assert.Equal(("Software Developer", "Two posts vacant"), (saved.Title, saved.Notes));
        Assert.Equal(host.Match("Software Developer").Best!.Reference, saved.SuggestedReference);
    }

    [Fact]
    public async Task Post_Delete_AfterConfirmation_RemovesTheRoleAndItsDecisions()
    {
        var council = await host.CouncilAsync();
        var role = (await host.RolesAsync(council, "Software Developer")).Single();
        var admin = await host.SignedInAsync(council.AdminEmail);
        var detail = await admin.GetPageAsync($"/council/roles/{role.Id}");
        await admin.PressAsync(detail, $"/council/roles/{role.Id}?handler=Confirm", ("Reference", "ST0116"));

        var ask = await admin.GetPageAsync($"/council/roles/{role.Id}/delete");
        var list = await admin.SubmitAndFollowAsync(ask, "main form");

        Assert.Equal("Delete “Software Developer”?", ask.H1);
        Assert.Equal("“Software Developer” was deleted.", list.One("[data-testid=done]")!.TextContent.Trim());
        await using var db = host.CouncilContext(council);
        Assert.Equal((0, 0), (await db.JobRoles.CountAsync(), await db.RoleStandards.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetPageAsync($"/council/roles/{role.Id}")).Status);
    }
}
