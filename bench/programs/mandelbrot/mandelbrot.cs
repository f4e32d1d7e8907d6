// Mandelbrot set rendered to an in-memory 1-bit bitmap of size x size;
// prints a hash of the bitmap instead of the image.
// Measures double arithmetic, branches and byte-array stores.
// Usage: mandelbrot [size]   (default 1600)
using System;

public static class Mandelbrot
{
    const int MaxIterations = 50;
    const double Limit = 4.0;

    public static int Main(string[] args)
    {
        int size = args.Length > 0 ? int.Parse(args[0]) : 1600;
        int bytesPerRow = (size + 7) / 8;
        byte[] bitmap = new byte[bytesPerRow * size];
        double inv = 2.0 / size;

        for (int y = 0; y < size; y++)
        {
            double ci = y * inv - 1.0;
            int rowStart = y * bytesPerRow;
            int bits = 0;
            int bitCount = 0;
            int pos = rowStart;
            for (int x = 0; x < size; x++)
            {
                double cr = x * inv - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                while (i < MaxIterations && tr + ti <= Limit)
                {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                    i++;
                }
                bits <<= 1;
                if (tr + ti <= Limit) bits |= 1;
                bitCount++;
                if (bitCount == 8)
                {
                    bitmap[pos++] = (byte)bits;
                    bits = 0;
                    bitCount = 0;
                }
            }
            if (bitCount > 0)
                bitmap[pos] = (byte)(bits << (8 - bitCount));
        }

        // FNV-1a over the bitmap, plus a count of set pixels.
        uint hash = 2166136261u;
        long set = 0;
        for (int k = 0; k < bitmap.Length; k++)
        {
            byte b = bitmap[k];
            hash = (hash ^ b) * 16777619u;
            for (int m = b; m != 0; m &= m - 1) set++;
        }
        Console.WriteLine("mandelbrot(" + size + ") set=" + set + " hash=" + hash.ToString("x8"));
        return 0;
    }
}
