// Conversion matrix: every source type x every target type (no nint: pointer size differs), unchecked and checked.
// Generated. Values flow through arrays so the compiler cannot constant-fold.
using System;
using System.Runtime.CompilerServices;
class Program {
  static string S<T>(T v) => v is float f ? f.ToString("R") : v is double d ? d.ToString("R") : v is char c ? ((int)c).ToString() : v!.ToString()!;
  static readonly sbyte[] V_sbyte = { (sbyte)(-128), (sbyte)(-1), (sbyte)(0), (sbyte)(127) };
  static readonly byte[] V_byte = { (byte)(0), (byte)(200), (byte)(255) };
  static readonly short[] V_short = { (short)(-32768), (short)(-129), (short)(-1), (short)(255), (short)(32767) };
  static readonly ushort[] V_ushort = { (ushort)(0), (ushort)(128), (ushort)(65535) };
  static readonly int[] V_int = { (int)(int.MinValue), (int)(-65536), (int)(-1), (int)(65535), (int)(65536), (int)(int.MaxValue) };
  static readonly uint[] V_uint = { (uint)(0u), (uint)(0x7FFFFFFFu), (uint)(0x80000000u), (uint)(uint.MaxValue) };
  static readonly long[] V_long = { (long)(long.MinValue), (long)(-4294967296L), (long)(-1L), (long)(0x7FFFFFFFL), (long)(0x80000000L), (long)(0xFFFFFFFFL), (long)(0x100000000L), (long)(long.MaxValue) };
  static readonly ulong[] V_ulong = { (ulong)(0UL), (ulong)(0x7FFFFFFFFFFFFFFFUL), (ulong)(0x8000000000000000UL), (ulong)(0xFFFFFFFFFFFFFFFFUL), (ulong)(0x80000001UL) };
  static readonly char[] V_char = { (char)('\0'), (char)('\u007F'), (char)('\u0080'), (char)('\uFFFF') };
  static readonly float[] V_float = { (float)(float.NaN), (float)(float.PositiveInfinity), (float)(float.NegativeInfinity), (float)(-0.0f), (float)(-1.5f), (float)(-0.99f), (float)(255.5f), (float)(2147483520f), (float)(2147483648f), (float)(4294967040f), (float)(-2147483648f), (float)(9.223372E+18f), (float)(1.8446743E+19f), (float)(16777217f), (float)(3.4028235E+38f), (float)(1.401298E-45f) };
  static readonly double[] V_double = { (double)(double.NaN), (double)(double.PositiveInfinity), (double)(-0.0), (double)(-1.0), (double)(-0.999), (double)(127.9), (double)(-128.9), (double)(255.99), (double)(65535.5), (double)(2147483647.5), (double)(2147483648.0), (double)(-2147483648.5), (double)(-2147483649.0), (double)(4294967295.9), (double)(4294967296.0), (double)(9223372036854775807.0), (double)(-9223372036854775808.0), (double)(18446744073709551615.0), (double)(1e300), (double)(4.9e-324), (double)(16777217.0), (double)(0.1), (double)(3.4028235677973366E+38), (double)(1.0000000596046448) };
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_sbyte() {
    foreach (sbyte v in V_sbyte) {
      var sb = new System.Text.StringBuilder();
      sb.Append("sbyte ").Append(S(v)).Append(":");
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_byte() {
    foreach (byte v in V_byte) {
      var sb = new System.Text.StringBuilder();
      sb.Append("byte ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_short() {
    foreach (short v in V_short) {
      var sb = new System.Text.StringBuilder();
      sb.Append("short ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_ushort() {
    foreach (ushort v in V_ushort) {
      var sb = new System.Text.StringBuilder();
      sb.Append("ushort ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_int() {
    foreach (int v in V_int) {
      var sb = new System.Text.StringBuilder();
      sb.Append("int ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_uint() {
    foreach (uint v in V_uint) {
      var sb = new System.Text.StringBuilder();
      sb.Append("uint ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_long() {
    foreach (long v in V_long) {
      var sb = new System.Text.StringBuilder();
      sb.Append("long ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_ulong() {
    foreach (ulong v in V_ulong) {
      var sb = new System.Text.StringBuilder();
      sb.Append("ulong ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_char() {
    foreach (char v in V_char) {
      var sb = new System.Text.StringBuilder();
      sb.Append("char ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_float() {
    foreach (float v in V_float) {
      var sb = new System.Text.StringBuilder();
      sb.Append("float ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" double=").Append(S(unchecked((double)v)));
      try { sb.Append("/").Append(S(checked((double)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  [MethodImpl(MethodImplOptions.NoInlining)] static void From_double() {
    foreach (double v in V_double) {
      var sb = new System.Text.StringBuilder();
      sb.Append("double ").Append(S(v)).Append(":");
      sb.Append(" sbyte=").Append(S(unchecked((sbyte)v)));
      try { sb.Append("/").Append(S(checked((sbyte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" byte=").Append(S(unchecked((byte)v)));
      try { sb.Append("/").Append(S(checked((byte)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" short=").Append(S(unchecked((short)v)));
      try { sb.Append("/").Append(S(checked((short)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ushort=").Append(S(unchecked((ushort)v)));
      try { sb.Append("/").Append(S(checked((ushort)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" int=").Append(S(unchecked((int)v)));
      try { sb.Append("/").Append(S(checked((int)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" uint=").Append(S(unchecked((uint)v)));
      try { sb.Append("/").Append(S(checked((uint)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" long=").Append(S(unchecked((long)v)));
      try { sb.Append("/").Append(S(checked((long)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" ulong=").Append(S(unchecked((ulong)v)));
      try { sb.Append("/").Append(S(checked((ulong)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" char=").Append(S(unchecked((char)v)));
      try { sb.Append("/").Append(S(checked((char)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      sb.Append(" float=").Append(S(unchecked((float)v)));
      try { sb.Append("/").Append(S(checked((float)v))); } catch (OverflowException) { sb.Append("/ovf"); }
      Console.WriteLine(sb.ToString());
    }
  }
  static void Main() {
    From_sbyte();
    From_byte();
    From_short();
    From_ushort();
    From_int();
    From_uint();
    From_long();
    From_ulong();
    From_char();
    From_float();
    From_double();
  }
}
