using System.Text.RegularExpressions;

namespace Roadmap.Web.Tests.Support;

internal static partial class HtmlAssertions
{
    public static int CountH1(string html) => H1().Count(html);

    public static string Title(string html) => TitleTag().Match(html).Groups[1].Value;

    [GeneratedRegex("<h1[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex H1();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
