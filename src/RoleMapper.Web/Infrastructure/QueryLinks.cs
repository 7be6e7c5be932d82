using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Links to list pages with their filters. Built by hand rather than with Url.Page because "page" is Razor Pages' own
/// route value: it cannot carry a page number, so list pages read <c>?page=</c> here too.
/// </summary>
public static class QueryLinks
{
    public static string To(string path, params (string Name, object? Value)[] values) =>
        QueryHelpers.AddQueryString(path, values
            .Where(v => v.Value is not null && !(v.Value is string s && s.Length == 0))
            .Select(v => new KeyValuePair<string, string?>(v.Name, Convert.ToString(v.Value, CultureInfo.InvariantCulture))));

    /// <summary>The 1-based page number in the query string; anything that is not a positive number means page 1.</summary>
    public static int PageNumber(HttpRequest request) =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
