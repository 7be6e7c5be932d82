using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RoleMapper.Web.Tests.Support;

/// <summary>A fetched page: where it came from, its status, and its parsed HTML for asserting on what a person sees.</summary>
public sealed record WebPage(string Path, HttpStatusCode Status, IHtmlDocument Document)
{
    private static readonly HtmlParser Parser = new();

    public string Text => Document.Body?.TextContent ?? "";
    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public IEnumerable<string> All(string selector) => Document.QuerySelectorAll(selector).Select(e => Normalize(e.TextContent));
    public IElement? One(string selector) => Document.QuerySelector(selector);
    public IReadOnlyList<string> Errors => All(".error-summary__list li").ToList();

    public static async Task<WebPage> ReadAsync(string path, HttpResponseMessage response) =>
        new(path, response.StatusCode, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public static class WebClientExtensions
{
    public static async Task<WebPage> GetPageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await WebPage.ReadAsync(path, response);
    }

    /// <summary>Submits a form on the page as a browser would: its hidden fields (the antiforgery token) plus the given values.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, WebPage page, string formSelector, params (string Name, string Value)[] values)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Path}");
        var fields = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .Select(i => (i.Name!, i.Value))
            .Concat(values)
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Path;
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Submits, then follows one redirect (as the browser would) and returns the page it lands on.</summary>
    public static async Task<WebPage> SubmitAndFollowAsync(this HttpClient client, WebPage page, string formSelector, params (string Name, string Value)[] values)
    {
        using var response = await client.SubmitAsync(page, formSelector, values);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            return await client.GetPageAsync(response.Headers.Location!.ToString());
        }
        return await WebPage.ReadAsync(page.Path, response);
    }
}
