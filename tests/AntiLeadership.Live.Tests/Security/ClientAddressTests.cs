using System.Net;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>What per-address limits count as one address.</summary>
public sealed class ClientAddressTests
{
    [Fact]
    public void Ipv6_addresses_of_one_network_count_as_one_address_since_a_host_picks_any_of_them_at_will()
    {
        var one = ClientAddress.Key(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var sameNetwork = ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::1"));
        var otherNetwork = ClientAddress.Key(IPAddress.Parse("2001:db8:1:3::1"));

        Assert.Equal("2001:db8:1:2::/64", one);
        Assert.Equal(one, sameNetwork);
        Assert.NotEqual(one, otherNetwork);
    }

    [Fact]
    public void Ipv4_addresses_count_one_by_one_however_they_arrive()
    {
        Assert.Equal("192.168.1.20", ClientAddress.Key(IPAddress.Parse("192.168.1.20")));
        Assert.Equal("192.168.1.20", ClientAddress.Key(IPAddress.Parse("::ffff:192.168.1.20")));
        Assert.NotEqual(ClientAddress.Key(IPAddress.Parse("127.0.0.2")), ClientAddress.Key(IPAddress.Parse("127.0.0.3")));
    }
}
