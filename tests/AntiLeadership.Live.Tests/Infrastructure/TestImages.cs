using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>Real, small images made in the test, so no image file has to be kept in the repository.</summary>
public static class TestImages
{
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }

        return c;
    }).ToArray();

    /// <summary>A PNG of one colour, with a darker band across its middle so a screenshot shows it is drawn.</summary>
    public static byte[] Png(int width, int height, (byte R, byte G, byte B) colour)
    {
        var rows = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            rows.WriteByte(0); // no filter
            var band = y > height / 3 && y < 2 * height / 3;
            for (var x = 0; x < width; x++)
            {
                rows.WriteByte(band ? (byte)(colour.R / 2) : colour.R);
                rows.WriteByte(band ? (byte)(colour.G / 2) : colour.G);
                rows.WriteByte(band ? (byte)(colour.B / 2) : colour.B);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            rows.Position = 0;
            rows.CopyTo(zlib);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The start of a JPEG file: enough for a check of the first bytes, not for drawing.</summary>
    public static byte[] JpegHead => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0];

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        png.Write(crc);
    }

    private static uint Crc(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }
}
