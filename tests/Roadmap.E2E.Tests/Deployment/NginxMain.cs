namespace Roadmap.E2E.Tests.Deployment;

/// <summary>
/// The nginx.conf around the site, as Debian's is (mime types, the brotli module) but with every path under the
/// journey's own folder and in the foreground, so the test owns the process. As root, the workers run as root too:
/// they read that folder, which only its owner may.
/// </summary>
public static class NginxMain
{
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

    public static string Render(string prefix) => $$"""
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        daemon off;
        worker_processes 1;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/logs/error.log warn;
        load_module {{BrotliModule}};

        events {
            worker_connections 4096;
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
