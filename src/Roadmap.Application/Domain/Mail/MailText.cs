using System.Text;

namespace Roadmap.Application.Domain.Mail;

/// <summary>Header values on one line: no CR, LF or other control character can reach a header from a name or a title.</summary>
public static class MailText
{
    public static string OneLine(string value, int maxLength)
    {
        var line = new StringBuilder(value.Length);
        foreach (var word in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            foreach (var c in word.Where(c => !char.IsControl(c)))
            {
                line.Append(c);
            }
        }

        return line.Length > maxLength ? line.ToString(0, maxLength - 1) + "…" : line.ToString();
    }
}
