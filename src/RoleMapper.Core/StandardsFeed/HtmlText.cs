using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Turns the feed's HTML-escaped fields ("&amp;lt;p&amp;gt;...") into plain text. Entities are decoded first, then a real
/// HTML parser (AngleSharp) reads the markup, so odd nesting, unclosed tags and entities inside text are handled the way a
/// browser would. Block elements become line breaks so paragraphs and list items stay readable.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "blockquote",
    };

    public static string ToPlainText(string? escapedHtml)
    {
        if (string.IsNullOrWhiteSpace(escapedHtml))
        {
            return "";
        }
        var html = WebUtility.HtmlDecode(escapedHtml);
        if (html.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            // No markup, but still HTML text: the feed escapes twice ("&amp;nbsp;"), so decode what the parser would.
            return Tidy(WebUtility.HtmlDecode(html));
        }
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder();
        Append(document.Body!, text);
        return Tidy(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && e.LocalName is not ("script" or "style"))
            {
                var block = BlockTags.Contains(e.LocalName);
                if (block)
                {
                    text.Append('\n');
                }
                if (e.LocalName == "li")
                {
                    text.Append("- ");
                }
                Append(e, text);
                if (block)
                {
                    text.Append('\n');
                }
            }
        }
    }

    /// <summary>Collapses runs of spaces inside lines and blank lines between them.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace('\u00a0', ' ').Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
