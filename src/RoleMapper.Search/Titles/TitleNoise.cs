using System.Globalization;
using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Takes out what a job title carries that is not the job: post and vacancy numbers ("(065392)", "HCC46710"),
/// headcounts ("2 x", "(2 posts)"), hours and contract terms ("37 hrs", "part time"), grades and bands ("Grade 7",
/// "Band 5", "SCP 20-25", "SO1") and salaries. An apprenticeship level ("Level 3") is kept aside as a level hint.
/// </summary>
public static partial class TitleNoise
{
    public static (string Text, int? Level) Remove(string text)
    {
        int? level = null;
        // Most titles carry no number, and every rule but two needs one: skip the rest for them.
        if (!text.Any(char.IsAsciiDigit))
        {
            return (Contract().Replace(Grade().Replace(text, " "), " "), null);
        }
        text = Level().Replace(text, m =>
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            // Apprenticeship levels run from 2 to 7; "Level 1 or 2" of a social worker is a career grade, not one of those.
            if (n is >= 2 and <= 7)
            {
                level ??= n;
            }
            return " ";
        });
        text = Salary().Replace(text, " ");
        text = Grade().Replace(text, " ");
        text = GradeCode().Replace(text, " ");
        text = Reference().Replace(text, " ");
        text = Headcount().Replace(text, " ");
        text = Hours().Replace(text, " ");
        text = Contract().Replace(text, " ");
        text = CodeWithDigits().Replace(text, " ");
        return (text, level);
    }

    [GeneratedRegex(@"\b(?:level|lvl|l)\s*(?<n>[1-8])(?:\s*(?:or|/|-|&|and|to)\s*[1-8])*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Level();

    [GeneratedRegex(@"£\s*\d[\d,.]*\s*k?(?:\s*(?:-|to)\s*£?\s*\d[\d,.]*\s*k?)?(?:\s*(?:pa|p\.a\.|per\s+annum|pro\s+rata))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salary();

    /// <summary>"Grade 7", "Band 5", "SCP 20-25", "Grade C", "Scale 6/SO1", "Spinal column point 12".</summary>
    [GeneratedRegex(@"\b(?:grades?|bands?|scales?|pay\s*(?:band|grade|scale)|spinal\s*(?:column\s*)?points?|spine\s*points?|scp|nj[ce]|jnc)\b\s*[:#.]?\s*(?:[a-z]\d{0,2}|\d{1,3}[a-z]?)\b(?:\s*(?:-|to|/|&|and|\+)\s*(?:[a-z]\d{0,2}|\d{1,3}[a-z]?)\b)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grade();

    /// <summary>Council pay grade codes: "SO1", "PO 3", "MG2", "AP(T) 5".</summary>
    [GeneratedRegex(@"\b(?:SO|PO|MG|HG|SM|AP\s*\(\s*T\s*\))\s?\d{1,2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeCode();

    [GeneratedRegex(@"\b(?:job|post|vacancy|ref(?:erence)?)\s*(?:no\.?|number|ref\.?|id)?\s*[:#.]?\s*(?=[a-z0-9/-]*\d)[a-z0-9/-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>"2 x Social Workers", "(2 posts)", "(3)", "3 vacancies", "Driver x 4".</summary>
    [GeneratedRegex(@"^\s*\d+\s*[x×]\s*|\(\s*\d+\s*(?:x\s*)?(?:posts?|vacanc(?:y|ies)|roles?|positions?|people|staff|fte)?\s*\)|\b\d+\s+(?:posts?|vacanc(?:y|ies)|positions?|roles)\b|\s[x×]\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Headcount();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s*(?:hrs?|hours?)\b(?:\s*(?:per|a|p/?|/)\s*(?:week|wk)\b|\s*pw\b)?|\b(?:\d+(?:\.\d+)?\s*)?fte\b(?:\s*\d+(?:\.\d+)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    [GeneratedRegex(@"\b(?:part|full)[\s-]*time\b|\bterm[\s-]*time(?:\s+only)?\b|\bfixed[\s-]*term(?:\s+contract)?\b|\bmaternity\s+cover\b|\bjob[\s-]*share\b|\bzero\s+hours?(?:\s+contract)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contract();

    /// <summary>Any other code with three or more digits in it: vacancy numbers like "HCC46710" or "065392".</summary>
    [GeneratedRegex(@"\b[a-z]{0,6}[-/]?\d{3,}[a-z0-9/-]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeWithDigits();
}
