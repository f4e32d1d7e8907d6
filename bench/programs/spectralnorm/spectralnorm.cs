// Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1),
// by the power method on A^T A (single-threaded).
// Measures double arithmetic, integer arithmetic and array loops.
// Usage: spectralnorm [n]   (default 1500)
using System;
using System.Globalization;

public static class SpectralNorm
{
    static double A(int i, int j)
    {
        int s = i + j;
        return 1.0 / ((s * (s + 1) >> 1) + i + 1);
    }

    static void MultiplyAv(double[] v, double[] av)
    {
        int n = v.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(i, j) * v[j];
            av[i] = sum;
        }
    }

    static void MultiplyAtv(double[] v, double[] atv)
    {
        int n = v.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += A(j, i) * v[j];
            atv[i] = sum;
        }
    }

    static void MultiplyAtAv(double[] v, double[] tmp, double[] result)
    {
        MultiplyAv(v, tmp);
        MultiplyAtv(tmp, result);
    }

    public static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1500;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] tmp = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1.0;

        for (int k = 0; k < 10; k++)
        {
            MultiplyAtAv(u, tmp, v);
            MultiplyAtAv(v, tmp, u);
        }

        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        double norm = Math.Sqrt(vBv / vv);
        Console.WriteLine("spectralnorm(" + n + ") = " + norm.ToString("F9", CultureInfo.InvariantCulture));
        return 0;
    }
}
