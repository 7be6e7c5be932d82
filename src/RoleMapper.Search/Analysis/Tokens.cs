using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleMapper.Search.Analysis;

/// <summary>One analysed word and where it came from in the text.</summary>
public readonly record struct Token(string Term, int Start, int End);

public static class Tokens
{
    /// <summary>Runs the analyzer over the text; offsets point into the text as given.</summary>
    public static List<Token> Of(Analyzer analyzer, string text, string field = StandardsIndexSchema.Title)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
