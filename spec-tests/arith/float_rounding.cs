// float (binary32) arithmetic must round each operation to single precision.
using System;

class Program
{
    static float F(float x) => x;

    static void Main()
    {
        float a = F(0.1f), b = F(0.2f);
        float sum = a + b;
        Console.WriteLine(sum);
        Console.WriteLine(sum == 0.3f);
        Console.WriteLine((double)sum);
        Console.WriteLine(0.1 + 0.2 == 0.3);
        float acc = 0;
        for (int i = 0; i < 1000; i++) acc += F(0.1f);
        Console.WriteLine(acc);
        double dacc = 0;
        for (int i = 0; i < 1000; i++) dacc += 0.1;
        Console.WriteLine(dacc);
        float big = F(16777216f);
        Console.WriteLine(big + 1f);
        Console.WriteLine(big + 2f);
        Console.WriteLine(F(1f) / F(3f) * F(3f));
        Console.WriteLine(F(1e38f) * F(10f));
        Console.WriteLine(F(1e-45f));
        Console.WriteLine(F(1e-45f) / F(2f));
        Console.WriteLine(float.MaxValue);
        Console.WriteLine(float.Epsilon);
        Console.WriteLine(F(3.14159265358979f));
        float x = F(1.1f);
        float y = x * x;
        Console.WriteLine(y);
        Console.WriteLine((double)y);
        Console.WriteLine(MathF.Sqrt(F(2f)));
        Console.WriteLine(F(123456.789f));
        Console.WriteLine(F(0.3f) - F(0.1f));
        Console.WriteLine(F(100f) / F(3f));
        Console.WriteLine(BitConverter.SingleToInt32Bits(F(-0.0f)).ToString("X8"));
        Console.WriteLine(BitConverter.SingleToInt32Bits(sum).ToString("X8"));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(0.1 + 0.2).ToString("X16"));
    }
}
