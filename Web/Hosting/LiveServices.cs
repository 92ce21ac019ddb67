using Microsoft.AspNetCore.SignalR;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Health;
using AntiLeadership.Live.Web.Operations;
using AntiLeadership.Live.Web.Workshop;
using Microsoft.AspNetCore.Authentication;

namespace AntiLeadership.Live.Web.Hosting;

public static class LiveServices
{
    /// <summary>SignalR caps one incoming message; a ballot or an activity setup is far smaller.</summary>
    public const long MaximumReceiveMessageSize = 16 * 1024;

    public static WebApplicationBuilder AddLiveWorkshop(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName).ValidateOnStart();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<SessionFanOut>();
        services.AddSingleton<HubErrorFilter>();
        services.AddHostedService<StartupBanner>();
        services.AddLiveHealthChecks();
        services.AddOperatorTelemetry();

        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(LivePolicies.Add);

        services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        services.AddSignalR(hub =>
            {
                hub.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
                hub.AddFilter<HubErrorFilter>();
            })
            .AddJsonProtocol(json => ConfigureJson(json.PayloadSerializerOptions));
        return builder;
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
