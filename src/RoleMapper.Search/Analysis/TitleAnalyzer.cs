using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace RoleMapper.Search.Analysis;

/// <summary>
/// Words of job titles and standards as the index holds them: split, possessives off ("Children's"), lower case,
/// accents folded, stop words out ("of", "and"), Porter-stemmed ("Workers" and "worker" meet). The same chain reads
/// queries, so a query word is always stemmed exactly as the indexed words were.
/// </summary>
public sealed class TitleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (source, words) = SurfaceAnalyzer.Words(reader);
        TokenStream stream = new StopFilter(StandardsIndexSchema.Version, words, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// Words as written (lower case, accents folded, not stemmed): the vocabulary that spelling correction compares a
/// mistyped word against, since "Occupattional" is one letter from "occupational" but far from its stem "occup".
/// </summary>
public sealed class SurfaceAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var (source, words) = Words(reader);
        return new TokenStreamComponents(source, words);
    }

    /// <summary>The start both analyzers share: split, possessives off, lower case, accents folded.</summary>
    internal static (Tokenizer Source, TokenStream Words) Words(TextReader reader)
    {
        var source = new StandardTokenizer(StandardsIndexSchema.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(StandardsIndexSchema.Version, source);
        stream = new LowerCaseFilter(StandardsIndexSchema.Version, stream);
        return (source, new ASCIIFoldingFilter(stream));
    }
}
