using System.Net.Http.Headers;

namespace Roadmap.Bench;

/// <summary>
/// The signed-in session's cookies, kept as a browser keeps them: the app renews its authentication cookie when it
/// checks the account's security stamp (once a minute), and a client that kept sending the first cookie would make
/// every later request check the stamp again — a cost no browser makes the app pay. Shared by all the workers.
/// </summary>
internal sealed class SessionCookies
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private string _header = string.Empty;

    public SessionCookies(params HttpResponseHeaders[] answers)
    {
        foreach (var answer in answers)
        {
            Take(answer);
        }
    }

    /// <summary>The value of the <c>Cookie</c> header to send now.</summary>
    public string Header => Volatile.Read(ref _header);

    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _values.ContainsKey(name);
        }
    }

    /// <summary>Keeps what an answer's <c>Set-Cookie</c> headers set; an emptied cookie is dropped.</summary>
    public void Take(HttpResponseHeaders answer)
    {
        if (!answer.TryGetValues("Set-Cookie", out var setCookies))
        {
            return;
        }

        lock (_gate)
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                if (pair.Length != 2)
                {
                    continue;
                }

                if (pair[1].Length == 0)
                {
                    _values.Remove(pair[0]);
                }
                else
                {
                    _values[pair[0]] = pair[1];
                }
            }

            Volatile.Write(ref _header, string.Join("; ", _values.Select(v => $"{v.Key}={v.Value}")));
        }
    }
}
