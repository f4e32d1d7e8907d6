// Array.Copy between arrays of different element types: boxing into object/interface arrays,
// unboxing out of them, primitive widening, same-size integer reinterpretation, checked
// downcasts (elements before a failing one stay copied), and the exceptions for the rest.
// Array.SetValue widens primitives the same way.
using System;
using System.IO;

class Program
{
    static void T(string name, Action a)
    {
        try { a(); Console.WriteLine(name + " ok"); }
        catch (Exception e) { Console.WriteLine(name + " " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var objs = new object[3];
        T("int->object", () => { Array.Copy(new[] { 1, 2, 3 }, objs, 3); Console.WriteLine(string.Join(",", objs) + " " + objs[0].GetType()); });
        T("int->IComparable", () => { var d = new IComparable[2]; Array.Copy(new[] { 4, 5 }, d, 2); Console.WriteLine(d[1]); });
        T("int->ValueType", () => { var d = new ValueType[2]; Array.Copy(new[] { 4, 5 }, d, 2); Console.WriteLine(d[1]); });
        T("object->int", () => { var d = new int[3]; Array.Copy(new object[] { 7, 8, 9 }, d, 3); Console.WriteLine(string.Join(",", d)); });
        T("object->int bad", () => { var d = new int[3]; Array.Copy(new object[] { 7, "x", 9 }, d, 3); });
        T("object->int null", () => { var d = new int[3]; Array.Copy(new object[] { 7, null!, 9 }, d, 3); });
        T("int->long", () => { var d = new long[2]; Array.Copy(new[] { -1, 2 }, d, 2); Console.WriteLine(string.Join(",", d)); });
        T("int->double", () => { var d = new double[2]; Array.Copy(new[] { -1, 2 }, d, 2); Console.WriteLine(string.Join(",", d)); });
        T("byte->char", () => { var d = new char[2]; Array.Copy(new byte[] { 65, 66 }, d, 2); Console.WriteLine(new string(d)); });
        T("float->double", () => { var d = new double[1]; Array.Copy(new[] { 0.1f }, d, 1); Console.WriteLine(d[0]); });
        T("long->int", () => { var d = new int[2]; Array.Copy(new long[] { 1, 2 }, d, 2); });
        T("int->uint", () => { var d = new uint[2]; Array.Copy(new[] { -1, 2 }, d, 2); Console.WriteLine(string.Join(",", d)); });
        T("DayOfWeek->int", () => { var d = new int[2]; Array.Copy(new[] { DayOfWeek.Monday, DayOfWeek.Friday }, d, 2); Console.WriteLine(string.Join(",", d)); });
        T("string->Stream", () => { var d = new Stream[2]; Array.Copy(new[] { "a", "b" }, d, 2); });
        T("object->string partial", () => { var d = new string[3]; try { Array.Copy(new object[] { "a", "b", 1 }, d, 3); } finally { Console.WriteLine(string.Join("|", d)); } });
        T("IComparable->string", () => { var d = new string[2]; Array.Copy(new IComparable[] { "a", "b" }, d, 2); Console.WriteLine(d[1]); });
        T("int[,]->int[,]", () => { var d = new int[2, 2]; Array.Copy(new int[2, 2] { { 1, 2 }, { 3, 4 } }, d, 4); Console.WriteLine(d[1, 0]); });
        T("int[]->int[,]", () => { var d = new int[2, 2]; Array.Copy(new[] { 1, 2, 3, 4 }, d, 4); });
        T("SetValue int->double[]", () => { var d = new double[1]; d.SetValue(5, 0); Console.WriteLine(d[0]); });
        T("SetValue byte->short[]", () => { var d = new short[1]; d.SetValue((byte)200, 0); Console.WriteLine(d[0]); });
        T("SetValue double->int[]", () => { var d = new int[1]; d.SetValue(2.5, 0); });
        T("SetValue int->uint[]", () => { var d = new uint[1]; d.SetValue(1, 0); });
    }
}
