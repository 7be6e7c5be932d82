using System.Text;
using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// Builders and actions for workspace tests: roles saved straight to a council, their suggestions filled as the app
/// fills them, role files uploaded through the real import page.
/// </summary>
public static class Workspace
{
    /// <summary>The roles ticked on the bulk confirmation page, as its form posts them, less <paramref name="except"/> (unticked).</summary>
    public static (string Name, string Value)[] TickedRoles(this WebPage page, params int[] except) =>
        page.Document.QuerySelectorAll("input[type=checkbox][name=Chosen]").Cast<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Where(b => b.IsChecked && !except.Contains(ChosenSuggestion.ParseAll([b.Value]).Single().RoleId))
            .Select(b => ("Chosen", b.Value)).ToArray();

    /// <summary>A role as the bulk confirmation form posts it ticked: its id and its suggested standard.</summary>
    public static (string Name, string Value) Ticked(JobRole role) => ("Chosen", new ChosenSuggestion(role.Id, role.SuggestedReference ?? "").ToString());

    /// <summary>Adds roles with the given titles to the council, with their suggestions; returns them in order.</summary>
    public static Task<IReadOnlyList<JobRole>> RolesAsync(this HostFixture host, TestCouncil council, params string[] titles) =>
        host.RolesAsync(council, titles.Select(t => new RoleDetails(t)).ToArray());

    /// <summary>Adds the roles as the app does (Core's <see cref="CouncilRoles"/>), with their suggestions.</summary>
    public static async Task<IReadOnlyList<JobRole>> RolesAsync(this HostFixture host, TestCouncil council, params RoleDetails[] roles)
    {
        await using var workspace = host.WorkspaceFor(council);
        return await workspace.Roles.AddAsync(roles, "test", default);
    }

    /// <summary>The council's workspace use cases in the running app, outside any request; dispose it.</summary>
    public static CouncilWorkspace WorkspaceFor(this HostFixture host, TestCouncil council) => new(host.Services, council.Id);

    public static async Task<JobRole> RoleAsync(this HostFixture host, TestCouncil council, int id)
    {
        await using var db = host.CouncilContext(council);
        return await db.JobRoles.AsNoTracking().Include(r => r.Standards).SingleAsync(r => r.Id == id);
    }

    /// <summary>The matcher's answer now, so tests need not hard-code rankings another engineer may change.</summary>
    public static MatchResult Match(this HostFixture host, string title, int top = 5) =>
        host.Services.GetRequiredService<IStandardMatcher>().Match(title, new MatchOptions { Top = top });

    /// <summary>Posts a file to the import page as a browser does (multipart, with the form token).</summary>
    public static async Task<HttpResponseMessage> UploadRolesAsync(this HttpClient client, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync("/council/roles/import");
        var token = page.One("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await client.PostAsync("/council/roles/import", form);
    }

    /// <summary>Uploads, and returns the preview page it leads to (or the import page with its error).</summary>
    public static async Task<WebPage> UploadAndFollowAsync(this HttpClient client, byte[] content, string fileName)
    {
        using var response = await client.UploadRolesAsync(content, fileName);
        return response.Headers.Location is { } location
            ? await client.GetPageAsync(location.ToString())
            : await WebPage.ReadAsync("/council/roles/import", response);
    }

    /// <summary>
    /// Presses a button that posts the page's form somewhere else (a formaction, such as "?handler=Reject"): the form's
    /// hidden fields (the form token) plus the button's own name and value and any other fields.
    /// </summary>
    public static async Task<WebPage> PressAsync(this HttpClient client, WebPage page, string action, params (string Name, string Value)[] values)
    {
        var fields = page.Document.QuerySelectorAll("main form input[type=hidden][name=__RequestVerificationToken]")
            .Take(1).Select(i => (Name: "__RequestVerificationToken", Value: i.GetAttribute("value")!)).Concat(values)
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Value));
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return response.Headers.Location is { } location
            ? await client.GetPageAsync(location.ToString())
            : await WebPage.ReadAsync(action, response);
    }

    public static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A small file of roles the matcher knows well, and one bad row: what a first import looks like.</summary>
    public const string SmallRoleFile =
        "Job title,Service area,Department,Headcount\n" +
        "Software Developer,ICT,Digital,4\n" +
        "Social Worker,Children's Services,Safeguarding,12\n" +
        "Team Leader,Customer Services,Contact Centre,3\n" +
        ",Finance,,1\n";
}
