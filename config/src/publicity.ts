/** Publicity: what an uploaded image may be. */
export interface PublicityRules {
  maxImageMB: number;
  imageTypes: readonly string[];
}

export const publicity: PublicityRules = {
  maxImageMB: 5,
  imageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
};
