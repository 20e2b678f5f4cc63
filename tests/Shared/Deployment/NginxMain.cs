namespace Roadmap.Testing.Deployment;

/// <summary>
/// The nginx.conf around the site, as Debian's is (mime types, the brotli module) but with every path under the run's
/// own folder and in the foreground (<c>daemon off</c>), so the program that starts nginx owns the process and kills
/// it, workers included, at the end. As root, the workers run as root too: they read that folder, which only its
/// owner may. <paramref name="OpenFiles"/>, when given, raises the workers' file limit for many sockets.
/// </summary>
internal sealed record NginxMain(string WorkerProcesses, int WorkerConnections, int? OpenFiles = null)
{
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

    public string Render(string prefix) => $$"""
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        daemon off;
        worker_processes {{WorkerProcesses}};
        {{(OpenFiles is { } openFiles ? $"worker_rlimit_nofile {openFiles};" : "")}}
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/logs/error.log warn;
        load_module {{BrotliModule}};

        events {
            worker_connections {{WorkerConnections}};
        }

        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log {{prefix}}/logs/access.log;
            client_body_temp_path {{prefix}}/temp/body;
            proxy_temp_path {{prefix}}/temp/proxy;
            fastcgi_temp_path {{prefix}}/temp/fastcgi;
            uwsgi_temp_path {{prefix}}/temp/uwsgi;
            scgi_temp_path {{prefix}}/temp/scgi;
            include {{prefix}}/roadmap.conf;
        }
        """;
}
