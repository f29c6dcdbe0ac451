import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateTargetProblem } from './webhook-targets.ts';

describe('webhook targets (server-side request forgery)', () => {
  it('knows loopback, private, link-local (the metadata address), carrier-grade NAT, multicast and mapped addresses from public ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1'])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('judges a URL by its literal address or by every address its name resolves to', async () => {
    const resolve = async (host: string) => ({ 'shop.example': ['93.184.216.34'], 'sneaky.example': ['93.184.216.34', '10.0.0.7'] })[host] ?? Promise.reject(new Error('ENOTFOUND'));
    expect(await privateTargetProblem('https://shop.example/hooks', resolve)).toBeNull();
    expect(await privateTargetProblem('https://sneaky.example/hooks', resolve)).toMatch(/private or loopback address \(10\.0\.0\.7\)/);
    expect(await privateTargetProblem('http://169.254.169.254/latest/meta-data', resolve)).toMatch(/169\.254\.169\.254/);
    expect(await privateTargetProblem('http://[::1]:8080/', resolve)).toMatch(/::1/);
    expect(await privateTargetProblem('https://nowhere.example/', resolve)).toMatch(/does not resolve/);
  });
});
