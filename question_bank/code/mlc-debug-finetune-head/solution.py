"""We fine-tune an ImageNet-pretrained ResNet-18 as a 5-class classifier on our photos with a
frozen backbone and gradient accumulation. Validation accuracy stays near 20% (chance). Find
every bug and fix it. Keep the frozen-backbone plan and the effective batch of 64 (16 x 4).

The original script is split into functions so that it can be run and tested without
torchvision, pretrained weights or a GPU:
- `pretrained_backbone()` (provided) stands in for models.resnet18(weights="IMAGENET1K_V1"):
  a small pretrained CNN with BatchNorm, global average pooling and `fc` = Linear(512, 1000),
  trained on inputs normalized with IMAGENET_MEAN / IMAGENET_STD;
- `preprocess` is the training transform, on a uint8 (3, H, W) image tensor (what
  torchvision.io.read_image returns); the original was
  transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()]);
- `build_model` is the model and optimizer set-up, `train_epoch` one epoch of the loop
  (`device` replaces the original .cuda() calls). The loader is
  DataLoader(dataset, batch_size=16, shuffle=True) yielding x (B, 3, 224, 224) and y (B,).

Fixes:
1. The optimizer was created before the head was replaced: it held the old fc and the frozen
   backbone, never the new head. Create it afterwards, over the trainable parameters only.
2. Inputs were not normalized like the pretraining data (raw [0, 1] pixels): add the
   ImageNet mean/std normalization (and resize the shorter side to 256, then center-crop 224,
   instead of squashing the aspect ratio).
3. Accumulation stepped at i % 4 == 0, i.e. after the very first batch, then every 4: step
   when (i + 1) % 4 == 0, and start every epoch with zeroed gradients so a partial group
   does not leak into the next epoch.
4. The loss was not divided by accum: the step used the sum of four batch means. Backward
   loss / accum so the accumulated gradient is the mean over the 64 images.
5. model.train() kept updating the frozen backbone's BatchNorm running statistics: keep
   the backbone in eval mode and only the head in train mode.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class TinyResNet(nn.Module):
    """Provided. A small stand-in for ResNet-18: conv-BN-ReLU stages, global average pooling to
    512 features, then the ImageNet head `fc`."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, kernel_size=7, stride=4, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        self.maxpool = nn.MaxPool2d(4)
        self.conv2 = nn.Conv2d(16, 512, kernel_size=1, bias=False)
        self.bn2 = nn.BatchNorm2d(512)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(512, 1000)

    def forward(self, x):                                       # (B, 3, H, W)
        x = self.maxpool(F.relu(self.bn1(self.conv1(x))))
        x = F.relu(self.bn2(self.conv2(x)))
        return self.fc(self.avgpool(x).flatten(1))              # (B, 1000)


def pretrained_backbone():
    """Provided. The 'pretrained' network: fixed weights and BatchNorm running statistics."""
    with torch.random.fork_rng():
        torch.manual_seed(18)
        model = TinyResNet()
        for bn in (model.bn1, model.bn2):
            bn.running_mean.normal_(0.0, 0.5)
            bn.running_var.uniform_(0.5, 2.0)
            bn.num_batches_tracked.fill_(100_000)
    return model


def preprocess(img):
    """The training transform: uint8 image (3, H, W) -> float tensor (3, 224, 224) for the
    pretrained backbone."""
    x = img.float().div(255.0)[None]                            # ToTensor: (1, 3, H, W) in [0, 1]
    H, W = x.shape[-2:]
    scale = 256.0 / min(H, W)                                   # Resize(256): shorter side to 256
    size = (max(224, round(H * scale)), max(224, round(W * scale)))
    x = F.interpolate(x, size=size, mode="bilinear", align_corners=False)[0]
    top, left = (size[0] - 224) // 2, (size[1] - 224) // 2      # CenterCrop(224)
    x = x[:, top : top + 224, left : left + 224]
    mean = torch.tensor(IMAGENET_MEAN).view(3, 1, 1)
    std = torch.tensor(IMAGENET_STD).view(3, 1, 1)
    return (x - mean) / std                                     # Normalize like pretraining


def build_model(backbone, num_classes=5):
    """Freeze the pretrained backbone, give it a new head Linear(512, num_classes) and create the
    optimizer. Returns (model, opt)."""
    model = backbone
    for p in model.parameters():
        p.requires_grad = False
    model.fc = nn.Linear(model.fc.in_features, num_classes)     # trainable by default
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    return model, opt


def train_epoch(model, opt, loader, accum=4, device="cpu"):
    """One epoch: an optimizer step per `accum` batches (effective batch 16 x 4 = 64)."""
    model.eval()                                                # frozen BatchNorm keeps its statistics
    model.fc.train()
    opt.zero_grad()                                             # nothing left over from a partial group
    for i, (x, y) in enumerate(loader):
        x, y = x.to(device), y.to(device)
        loss = F.cross_entropy(model(x), y) / accum             # mean over the accumulated images
        loss.backward()
        if (i + 1) % accum == 0:
            opt.step()
            opt.zero_grad()
